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
        <name>AknExportDialog</name>
        <message>
            <source>T&amp;rack</source>
            <translation>&amp;Vertiente</translation>
        </message>
        <message>
            <source>R&amp;ound</source>
            <translation>R&amp;onda</translation>
        </message>
        <message>
            <source>Round {number} — {date}</source>
            <translation>Ronda {number} — {date}</translation>
        </message>
        <message>
            <source>No round yet (the current text)</source>
            <translation>Aún no hay ronda (el texto actual)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Shareable:&lt;/b&gt; the articles, their brackets and who proposed each; never positions, red lines, fallbacks, notes or owners. Validated against the OASIS schema.</source>
            <translation>&lt;b&gt;Compartible:&lt;/b&gt; los artículos, sus corchetes y quién propuso cada uno; nunca posiciones, líneas rojas, posiciones de repliegue, notas ni responsables. Validado con el esquema OASIS.</translation>
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
        <name>Attachment notes</name>
        <message>
            <source>empty file (0 bytes): nothing to index</source>
            <translation>archivo vacío (0 bytes): nada que indexar</translation>
        </message>
        <message>
            <source>image: no text to index</source>
            <translation>imagen: ningún texto que indexar</translation>
        </message>
        <message>
            <source>not a PDF, Word, Excel or text file: not indexed</source>
            <translation>no es un archivo PDF, Word, Excel ni de texto: no indexado</translation>
        </message>
        <message>
            <source>too large to read for the index: not indexed</source>
            <translation>demasiado grande para leerlo para el índice: no indexado</translation>
        </message>
        <message>
            <source>malformed (nested too deeply): not indexed</source>
            <translation>mal formado (anidado a demasiada profundidad): no indexado</translation>
        </message>
        <message>
            <source>could not be read ({kind}): not indexed</source>
            <translation>no se pudo leer ({kind}): no indexado</translation>
        </message>
        <message>
            <source>only the first {n} characters are indexed</source>
            <translation>solo se indexan los primeros {n} caracteres</translation>
        </message>
        <message>
            <source>only part of the text is indexed (reading it took too long)</source>
            <translation>solo se indexa parte del texto (la lectura tardó demasiado)</translation>
        </message>
        <message>
            <source>encrypted PDF (needs a password): stored, not indexed</source>
            <translation>PDF cifrado (requiere contraseña): guardado, no indexado</translation>
        </message>
        <message>
            <source>only the first {n} pages are indexed (reading it took too long)</source>
            <translation>solo se indexan las primeras {n} páginas (la lectura tardó demasiado)</translation>
        </message>
        <message>
            <source>PDF without text (scanned pages?): not indexed</source>
            <translation>PDF sin texto (¿páginas escaneadas?): no indexado</translation>
        </message>
        <message>
            <source>malformed (not a readable zip): not indexed</source>
            <translation>mal formado (zip ilegible): no indexado</translation>
        </message>
        <message>
            <source>suspicious file ({n} parts): not indexed</source>
            <translation>archivo sospechoso ({n} partes): no indexado</translation>
        </message>
        <message>
            <source>suspicious file (would inflate to {mb} MB): not indexed</source>
            <translation>archivo sospechoso (se descomprimiría en {mb} MB): no indexado</translation>
        </message>
        <message>
            <source>suspicious file (a part inflates over 200 times: a decompression bomb?): not indexed</source>
            <translation>archivo sospechoso (una parte se descomprime más de 200 veces: ¿una bomba de descompresión?): no indexado</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Búsqueda</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>interno</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>compartible</translation>
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
            <translation>Añadir…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Make shareable</source>
            <translation>Hacer compartible</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>indexed</source>
            <translation>indexado</translation>
        </message>
        <message>
            <source>content missing</source>
            <translation>falta el contenido</translation>
        </message>
        <message>
            <source>Make internal</source>
            <translation>Hacer interno</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Adjuntar un archivo</translation>
        </message>
        <message>
            <source>Papers (*.pdf *.docx *.xlsx *.txt *.png *.jpg);;All files (*)</source>
            <translation>Documentos (*.pdf *.docx *.xlsx *.txt *.png *.jpg);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Attach {name}</source>
            <translation>Adjuntar {name}</translation>
        </message>
        <message>
            <source>Save the attached file</source>
            <translation>Guardar el archivo adjunto</translation>
        </message>
        <message>
            <source>Make {name} shareable</source>
            <translation>Hacer compartible {name}</translation>
        </message>
        <message>
            <source>Make {name} internal</source>
            <translation>Hacer interno {name}</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Quitar {name}</translation>
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
            <translation>Corchetes abiertos tras cada ronda: {series}.</translation>
        </message>
        <message>
            <source>Open brackets after each round.</source>
            <translation>Corchetes abiertos tras cada ronda.</translation>
        </message>
        <message>
            <source>The dashed line is the track's target date.</source>
            <translation>La línea discontinua es la fecha objetivo de la vertiente.</translation>
        </message>
        <message>
            <source>target {date}</source>
            <translation>objetivo {date}</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Aún no hay rondas</translation>
        </message>
    </context>
    <context>
        <name>Briefing</name>
        <message>
            <source>{track} round {number}</source>
            <translation>{track} ronda {number}</translation>
        </message>
        <message>
            <source>Negotiation briefing</source>
            <translation>Informe de negociación</translation>
        </message>
        <message>
            <source>[{bracket}] in {track} {ref}</source>
            <translation>[{bracket}] en {track} {ref}</translation>
        </message>
        <message>
            <source>commitment of {owner}: {text}</source>
            <translation>compromiso de {owner}: {text}</translation>
        </message>
        <message>
            <source>track {ref}</source>
            <translation>vertiente {ref}</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videoconferencia</translation>
        </message>
        <message>
            <source>[{bracket}] in {ref}</source>
            <translation>[{bracket}] en {ref}</translation>
        </message>
        <message>
            <source>version {number}, tabled by {party}</source>
            <translation>versión {number}, presentada por {party}</translation>
        </message>
        <message>
            <source>version {number}, tabled by {party} at {round}</source>
            <translation>versión {number}, presentada por {party} en {round}</translation>
        </message>
        <message>
            <source>no text yet</source>
            <translation>sin texto todavía</translation>
        </message>
        <message>
            <source>{state} (stale: due date passed {days} d ago)</source>
            <translation>{state} (desfasado: plazo vencido hace {days} d)</translation>
        </message>
        <message>
            <source>on {anchor}</source>
            <translation>el día de {anchor}</translation>
        </message>
        <message>
            <source>%n day</source>
            <translation>%n día</translation>
        </message>
        <message>
            <source>%n days</source>
            <translation>%n días</translation>
        </message>
        <message>
            <source>%n month</source>
            <translation>%n mes</translation>
        </message>
        <message>
            <source>%n months</source>
            <translation>%n meses</translation>
        </message>
        <message>
            <source>{months} and {days}</source>
            <translation>{months} y {days}</translation>
        </message>
        <message>
            <source>{months} less {days}</source>
            <translation>{months} menos {days}</translation>
        </message>
        <message>
            <source>{amount} after {anchor}</source>
            <translation>{amount} después de {anchor}</translation>
        </message>
        <message>
            <source>{amount} before {anchor}</source>
            <translation>{amount} antes de {anchor}</translation>
        </message>
        <message>
            <source>Issued {date}</source>
            <translation>Emitido el {date}</translation>
        </message>
        <message>
            <source> · log {head}</source>
            <translation> · registro {head}</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Página {number} de {total}</translation>
        </message>
        <message>
            <source>{title}: {name}</source>
            <translation>{title}: {name}</translation>
        </message>
        <message>
            <source>Negotiation briefing on {tracks}, issued {date}, audience {audience}</source>
            <translation>Informe de negociación sobre {tracks}, emitido el {date}, destinatarios: {audience}</translation>
        </message>
        <message>
            <source>no tracks</source>
            <translation>ninguna vertiente</translation>
        </message>
        <message>
            <source>Minutes — {track} round {number}</source>
            <translation>Acta — {track} ronda {number}</translation>
        </message>
        <message>
            <source>Every intervention noted at the round, and the delegation's comments on it.</source>
            <translation>Todas las intervenciones anotadas en la ronda y los comentarios de la delegación.</translation>
        </message>
        <message>
            <source>The round's facts and the notes the delegation chose to share; the interventions are internal.</source>
            <translation>Los datos de la ronda y las notas que la delegación decidió compartir; las intervenciones son internas.</translation>
        </message>
        <message>
            <source>No interventions were noted at this round.</source>
            <translation>No se anotaron intervenciones en esta ronda.</translation>
        </message>
        <message>
            <source>Issued {date}.</source>
            <translation>Emitido el {date}.</translation>
        </message>
        <message>
            <source>Clauses by status</source>
            <translation>Cláusulas por estado</translation>
        </message>
        <message>
            <source>Open brackets after each round</source>
            <translation>Corchetes abiertos tras cada ronda</translation>
        </message>
        <message>
            <source>- - target {date}</source>
            <translation>- - fecha objetivo {date}</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Aún no hay rondas</translation>
        </message>
        <message>
            <source>R{number}</source>
            <translation>R{number}</translation>
        </message>
        <message>
            <source>parties {parties}</source>
            <translation>partes {parties}</translation>
        </message>
        <message>
            <source>target date {date}</source>
            <translation>fecha objetivo {date}</translation>
        </message>
        <message>
            <source>Last round: round {number}, {date}, {place}</source>
            <translation>Última ronda: ronda {number}, {date}, {place}</translation>
        </message>
        <message>
            <source>Clauses at a glance</source>
            <translation>Cláusulas de un vistazo</translation>
        </message>
        <message>
            <source>No clauses yet.</source>
            <translation>Aún no hay cláusulas.</translation>
        </message>
        <message>
            <source>Stances: {first} to {last}</source>
            <translation>Posturas: {first} a {last}</translation>
        </message>
        <message>
            <source>Stances: {party}</source>
            <translation>Posturas: {party}</translation>
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
            <source>Obligation weakened</source>
            <translation>Obligación debilitada</translation>
        </message>
        <message>
            <source>Obligation strengthened</source>
            <translation>Obligación reforzada</translation>
        </message>
        <message>
            <source>Obligation changed</source>
            <translation>Obligación modificada</translation>
        </message>
        <message>
            <source>no modal</source>
            <translation>ningún modal</translation>
        </message>
        <message>
            <source>%n open bracket</source>
            <translation>%n corchete abierto</translation>
        </message>
        <message>
            <source>%n open brackets</source>
            <translation>%n corchetes abiertos</translation>
        </message>
        <message>
            <source>no open brackets</source>
            <translation>ningún corchete abierto</translation>
        </message>
        <message>
            <source>Current text — {version}</source>
            <translation>Texto actual — {version}</translation>
        </message>
        <message>
            <source>No text recorded.</source>
            <translation>No hay texto registrado.</translation>
        </message>
        <message>
            <source>Changes since {version}</source>
            <translation>Cambios desde la {version}</translation>
        </message>
        <message>
            <source>No change in wording.</source>
            <translation>Sin cambios en la redacción.</translation>
        </message>
        <message>
            <source>… and %n more modal change: see the redline above.</source>
            <translation>… y %n cambio modal más: vea el control de cambios arriba.</translation>
        </message>
        <message>
            <source>… and %n more modal changes: see the redline above.</source>
            <translation>… y %n cambios modales más: vea el control de cambios arriba.</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Posiciones</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>INTERNO</translation>
        </message>
        <message>
            <source>our position, not for the other side</source>
            <translation>nuestra posición, no para la otra parte</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>Comment threads of the delegation.</source>
            <translation>Hilos de comentarios de la delegación.</translation>
        </message>
        <message>
            <source>Comments the delegation chose to share.</source>
            <translation>Comentarios que la delegación decidió compartir.</translation>
        </message>
        <message>
            <source> — resolved</source>
            <translation> — resuelto</translation>
        </message>
        <message>
            <source>brackets opened</source>
            <translation>corchetes abiertos</translation>
        </message>
        <message>
            <source>brackets closed</source>
            <translation>corchetes cerrados</translation>
        </message>
        <message>
            <source>moves towards ours</source>
            <translation>acercamientos</translation>
        </message>
        <message>
            <source>moves away</source>
            <translation>alejamientos</translation>
        </message>
        <message>
            <source>our fallbacks used (internal)</source>
            <translation>repliegues usados (interno)</translation>
        </message>
        <message>
            <source>By round</source>
            <translation>Por ronda</translation>
        </message>
        <message>
            <source>Round {number} · {date}</source>
            <translation>Ronda {number} · {date}</translation>
        </message>
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
            <translation>Acercamientos</translation>
        </message>
        <message>
            <source>Moves away from ours</source>
            <translation>Alejamientos</translation>
        </message>
        <message>
            <source>Our fallbacks used (internal)</source>
            <translation>Repliegues usados (interno)</translation>
        </message>
        <message>
            <source>Interventions (internal)</source>
            <translation>Intervenciones (interno)</translation>
        </message>
        <message>
            <source>Ours: {party}. Brackets opened {opened}, closed {closed}. A move is a party's new stance on a clause beside its previous one, nearer to ours (towards) or further (away).</source>
            <translation>Nuestra parte: {party}. Corchetes abiertos {opened}, cerrados {closed}. Un movimiento es la nueva postura de una parte sobre una cláusula frente a la anterior, más cerca de la nuestra (acercamiento) o más lejos (alejamiento).</translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>no indicada</translation>
        </message>
        <message>
            <source>our fallbacks used and the interventions come from our positions and our minutes of {track}: not for the other side.</source>
            <translation>los repliegues usados y las intervenciones provienen de nuestras posiciones y actas de {track}: no para la otra parte.</translation>
        </message>
        <message>
            <source>Internal — includes our red lines, fallback positions and internal notes.</source>
            <translation>Interno — incluye nuestras líneas rojas, posiciones de repliegue y notas internas.</translation>
        </message>
        <message>
            <source>Shareable — prepared for counterparts; internal-only fields are left out.</source>
            <translation>Compartible — preparado para las contrapartes; se omiten los campos internos.</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>interno</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>compartible</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Commitments and deadlines</source>
            <translation>Compromisos y plazos</translation>
        </message>
        <message>
            <source>Annex: round log</source>
            <translation>Anexo: registro de rondas</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Portada</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Índice</translation>
        </message>
        <message>
            <source>place not recorded</source>
            <translation>lugar no registrado</translation>
        </message>
        <message>
            <source>Topic comparison: {topic}</source>
            <translation>Comparación por tema: {topic}</translation>
        </message>
        <message>
            <source> (target {date})</source>
            <translation> (fecha objetivo {date})</translation>
        </message>
        <message>
            <source>… and %n more, listed in the contents</source>
            <translation>… y %n más, ver el índice</translation>
        </message>
        <message>
            <source>Tracks covered</source>
            <translation>Vertientes cubiertas</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Fecha de emisión</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Preparado por</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Cláusulas</translation>
        </message>
        <message>
            <source>{clauses} in {tracks}</source>
            <translation>{clauses} en {tracks}</translation>
        </message>
        <message>
            <source>%n clause</source>
            <translation>%n cláusula</translation>
        </message>
        <message>
            <source>%n clauses</source>
            <translation>%n cláusulas</translation>
        </message>
        <message>
            <source>%n track</source>
            <translation>%n vertiente</translation>
        </message>
        <message>
            <source>%n tracks</source>
            <translation>%n vertientes</translation>
        </message>
        <message>
            <source>Rounds, wording and positions marked illustrative in the log are illustrative.</source>
            <translation>Las rondas, redacciones y posiciones marcadas como ilustrativas en el registro son ilustrativas.</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>Sin fecha objetivo</translation>
        </message>
        <message>
            <source>Target {date} (today)</source>
            <translation>Fecha objetivo {date} (hoy)</translation>
        </message>
        <message>
            <source>Target {date} (in %n day)</source>
            <translation>Fecha objetivo {date} (en %n día)</translation>
        </message>
        <message>
            <source>Target {date} (in %n days)</source>
            <translation>Fecha objetivo {date} (en %n días)</translation>
        </message>
        <message>
            <source>Target {date} (%n day ago)</source>
            <translation>Fecha objetivo {date} (hace %n día)</translation>
        </message>
        <message>
            <source>Target {date} (%n days ago)</source>
            <translation>Fecha objetivo {date} (hace %n días)</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>Parties: {parties}</source>
            <translation>Partes: {parties}</translation>
        </message>
        <message>
            <source>Last round {number} on {date}</source>
            <translation>Última ronda {number} el {date}</translation>
        </message>
        <message>
            <source>Next deadlines</source>
            <translation>Próximos plazos</translation>
        </message>
        <message>
            <source>None open.</source>
            <translation>Ninguno abierto.</translation>
        </message>
        <message>
            <source>Overdue commitments</source>
            <translation>Compromisos vencidos</translation>
        </message>
        <message>
            <source>None overdue.</source>
            <translation>Ninguno vencido.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Días de retraso</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>No commitments recorded.</source>
            <translation>No hay compromisos registrados.</translation>
        </message>
        <message>
            <source>As of {date}. Relative deadlines show the event they count from. Assessments score compliance −1, 0 or +1.</source>
            <translation>A {date}. Los plazos relativos indican el hecho desde el que se cuentan. Las evaluaciones puntúan el cumplimiento con −1, 0 o +1.</translation>
        </message>
        <message>
            <source>Due (anchor)</source>
            <translation>Vence (referencia)</translation>
        </message>
        <message>
            <source>Commitment, source and assessments</source>
            <translation>Compromiso, fuente y evaluaciones</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Retraso</translation>
        </message>
        <message>
            <source>no track</source>
            <translation>sin vertiente</translation>
        </message>
        <message>
            <source>Assessment: {line}</source>
            <translation>Evaluación: {line}</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} d</translation>
        </message>
        <message>
            <source>Attached papers</source>
            <translation>Documentos adjuntos</translation>
        </message>
        <message>
            <source>Papers attached in the log; ask the delegation for a copy.</source>
            <translation>Documentos adjuntos en el registro; pida una copia a la delegación.</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Attached to</source>
            <translation>Adjunto a</translation>
        </message>
        <message>
            <source>Round {number} — {date}, {place}</source>
            <translation>Ronda {number} — {date}, {place}</translation>
        </message>
        <message>
            <source> (illustrative)</source>
            <translation> (ilustrativo)</translation>
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
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source> — due {date}</source>
            <translation> — vence {date}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>open</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Minutes (internal)</source>
            <translation>Acta (interno)</translation>
        </message>
        <message>
            <source>No rounds recorded.</source>
            <translation>No hay rondas registradas.</translation>
        </message>
        <message>
            <source>End of briefing. {tracks}, issued {date}.</source>
            <translation>Fin del informe. {tracks}, emitido el {date}.</translation>
        </message>
        <message>
            <source>Supports</source>
            <translation>Apoya</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>Enmienda</translation>
        </message>
        <message>
            <source>Reserves</source>
            <translation>Reserva</translation>
        </message>
        <message>
            <source>Opposes</source>
            <translation>Se opone</translation>
        </message>
        <message>
            <source>Stances</source>
            <translation>Posturas</translation>
        </message>
        <message>
            <source>No position recorded.</source>
            <translation>No hay posición registrada.</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>suprimido</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>insertado</translation>
        </message>
        <message>
            <source>Legend: {deleted} (in the first clause only) · {inserted} (in the second only) · plain text is in both.</source>
            <translation>Leyenda: {deleted} (solo en la primera cláusula) · {inserted} (solo en la segunda) · el texto normal está en ambas.</translation>
        </message>
        <message>
            <source>no clause on this topic in {tracks}</source>
            <translation>ninguna cláusula sobre este tema en {tracks}</translation>
        </message>
        <message>
            <source>No clause on this topic in the tracks covered.</source>
            <translation>Ninguna cláusula sobre este tema en las vertientes cubiertas.</translation>
        </message>
        <message>
            <source>Redline: {first} → {second}</source>
            <translation>Control de cambios: {first} → {second}</translation>
        </message>
        <message>
            <source>The two texts are the same.</source>
            <translation>Los dos textos son iguales.</translation>
        </message>
        <message>
            <source>no round</source>
            <translation>ninguna ronda</translation>
        </message>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track} ronda {number} ({date})</translation>
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
            <source>interim</source>
            <translation>provisional</translation>
        </message>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>left out {what}</source>
            <translation>omitidos: {what}</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment due(s)</source>
            <translation>
                <numerusform>%n vencimiento de compromiso</numerusform>
                <numerusform>%n vencimientos de compromisos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n ronda de negociación</numerusform>
                <numerusform>%n rondas de negociación</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target date(s)</source>
            <translation>
                <numerusform>%n fecha objetivo</numerusform>
                <numerusform>%n fechas objetivo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) with no due date</source>
            <translation>
                <numerusform>%n compromiso sin fecha de vencimiento</numerusform>
                <numerusform>%n compromisos sin fecha de vencimiento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) due relative to an event that has no date</source>
            <translation>
                <numerusform>%n compromiso con vencimiento relativo a un evento sin fecha</numerusform>
                <numerusform>%n compromisos con vencimiento relativo a un evento sin fecha</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n track(s) with no target date</source>
            <translation>
                <numerusform>%n vertiente sin fecha objetivo</numerusform>
                <numerusform>%n vertientes sin fecha objetivo</numerusform>
            </translation>
        </message>
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
        <name>CalendarExportDialog</name>
        <message>
            <source> days before</source>
            <translation> días antes</translation>
        </message>
        <message>
            <source>No reminder</source>
            <translation>Sin aviso</translation>
        </message>
        <message>
            <source>&amp;Reminder</source>
            <translation>&amp;Aviso</translation>
        </message>
        <message>
            <source>1 internal compliance assessment</source>
            <translation>1 evaluación interna de cumplimiento</translation>
        </message>
        <message>
            <source>{n} internal compliance assessments</source>
            <translation>{n} evaluaciones internas de cumplimiento</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out of this calendar:&lt;/b&gt; {what} (positions, red lines and fallbacks are never in a calendar).</source>
            <translation>&lt;b&gt;Excluido de este calendario:&lt;/b&gt; {what} (las posiciones, líneas rojas y posiciones de repliegue nunca figuran en un calendario).</translation>
        </message>
        <message>
            <source>{what} (an event needs a date).</source>
            <translation>{what} (un evento necesita una fecha).</translation>
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
        <name>ClauseStatusLegend</name>
        <message>
            <source>drafted</source>
            <translation>redactada</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>propuesta</translation>
        </message>
        <message>
            <source>under negotiation</source>
            <translation>en negociación</translation>
        </message>
        <message>
            <source>bracketed</source>
            <translation>entre corchetes</translation>
        </message>
        <message>
            <source>agreed ad referendum</source>
            <translation>acordada ad referendum</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>acordada</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>retirada</translation>
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
        <name>Command line</name>
        <message>
            <source> (a query that starts with '-' goes after --: mineralsdesk search -- -price; to leave a word out write: price NOT floor)</source>
            <translation> (una consulta que empieza por «-» va después de --: mineralsdesk search -- -price; para excluir una palabra escriba: price NOT floor)</translation>
        </message>
        <message>
            <source>{message} (see mineralsdesk --help)</source>
            <translation>{message} (vea mineralsdesk --help)</translation>
        </message>
        <message>
            <source>unknown party {text}; choose one of {codes}</source>
            <translation>parte desconocida {text}; elija entre {codes}</translation>
        </message>
        <message>
            <source>{text} is not a positive whole number</source>
            <translation>{text} no es un número entero positivo</translation>
        </message>
        <message>
            <source>{text} is not a whole number from 0 (no reminder) to {most}</source>
            <translation>{text} no es un número entero de 0 (sin recordatorio) a {most}</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>aviso: {message}</translation>
        </message>
        <message>
            <source>Created {path}</source>
            <translation>{path} creado</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>Sin resultados.</translation>
        </message>
        <message>
            <source>(no text)</source>
            <translation>(sin texto)</translation>
        </message>
        <message>
            <source>No clauses on {topic} with those words.</source>
            <translation>No hay cláusulas sobre {topic} con esas palabras.</translation>
        </message>
        <message>
            <source>No clauses on {topic}.</source>
            <translation>No hay cláusulas sobre {topic}.</translation>
        </message>
        <message>
            <source>schema version: {version}</source>
            <translation>versión del esquema: {version}</translation>
        </message>
        <message>
            <source>head: {head}</source>
            <translation>cabeza: {head}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>PROBLEMA: {problem}</translation>
        </message>
        <message>
            <source>{count} problem(s) found.</source>
            <translation>{count} problema(s) encontrado(s).</translation>
        </message>
        <message>
            <source>1 of {count} problems; all of them</source>
            <translation>1 de {count} problemas; todos</translation>
        </message>
        <message>
            <source>details</source>
            <translation>detalles</translation>
        </message>
        <message>
            <source>PROBLEM: {problem} ({more}: {command}).</source>
            <translation>PROBLEMA: {problem} ({more}: {command}).</translation>
        </message>
        <message>
            <source>No good automatic backup of it was found.</source>
            <translation>No se encontró ninguna copia automática válida.</translation>
        </message>
        <message>
            <source>Newest good backup: {path} ({taken} UTC); restore it with: {command}</source>
            <translation>Copia de seguridad válida más reciente: {path} ({taken} UTC); restáurela con: {command}</translation>
        </message>
        <message>
            <source>Backed up to {path} (head {head})</source>
            <translation>Copia de seguridad en {path} (cabeza {head})</translation>
        </message>
        <message>
            <source>Accept {path} as it is now, recording any difference from its history, and re-key it on this computer? [y/N] </source>
            <translation>¿Aceptar {path} tal como está, registrando toda diferencia con su historial, y darle nueva clave en este equipo? [s/N] </translation>
        </message>
        <message>
            <source>y</source>
            <translation>s</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>No se cambió nada.</translation>
        </message>
        <message>
            <source>Trusted and re-keyed on this computer ({count} baseline entries written); head {head}</source>
            <translation>Aceptado y con nueva clave en este equipo ({count} entradas de referencia escritas); cabeza {head}</translation>
        </message>
        <message>
            <source>Restored {path} from {backup} (previous log kept as {saved})</source>
            <translation>{path} restaurado desde {backup} (registro anterior guardado como {saved})</translation>
        </message>
        <message>
            <source>Restored {path} from {backup}</source>
            <translation>{path} restaurado desde {backup}</translation>
        </message>
        <message>
            <source>{path} is NOT encrypted (--plain): anyone with the file can read the log</source>
            <translation>{path} NO está cifrado (--plain): cualquiera con el archivo puede leer el registro</translation>
        </message>
        <message>
            <source>{path} is an INTERNAL dump (red lines, fallbacks, internal notes and the whole change history); do not send it outside the delegation (see --audience shareable)</source>
            <translation>{path} es un volcado INTERNO (líneas rojas, posiciones de repliegue, notas internas y todo el historial); no lo envíe fuera de la delegación (vea --audience shareable)</translation>
        </message>
        <message>
            <source>Wrote {path}: {what}</source>
            <translation>{path} escrito: {what}</translation>
        </message>
        <message>
            <source>note: {message} (an event needs a date)</source>
            <translation>nota: {message} (un evento necesita una fecha)</translation>
        </message>
        <message>
            <source>Wrote {path} (password-protected)</source>
            <translation>{path} escrito (protegido con contraseña)</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>{path} escrito</translation>
        </message>
        <message>
            <source>Passphrase of {name}: </source>
            <translation>Frase de contraseña de {name}: </translation>
        </message>
        <message>
            <source>Imported {path}: {what}</source>
            <translation>{path} importado: {what}</translation>
        </message>
        <message>
            <source>Password for {name}: </source>
            <translation>Contraseña de {name}: </translation>
        </message>
        <message>
            <source>Added {initials} {name}</source>
            <translation>{initials} {name} añadido</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>(inactivo)</translation>
        </message>
        <message>
            <source>Noted #{seq}: {party} {signal} {clause}</source>
            <translation>Anotado n.º {seq}: {party} {signal} {clause}</translation>
        </message>
        <message>
            <source>Nothing to apply: positions and brackets already say what the minutes say</source>
            <translation>Nada que aplicar: las posiciones y los corchetes ya dicen lo que dice el acta</translation>
        </message>
        <message>
            <source>Applied {count} change(s)</source>
            <translation>{count} cambio(s) aplicado(s)</translation>
        </message>
        <message>
            <source>{count} change(s) proposed; run again with --yes to apply them all</source>
            <translation>{count} cambio(s) propuesto(s); vuelva a ejecutar con --yes para aplicarlos todos</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resuelto</translation>
        </message>
        <message>
            <source>Comment {id} ({audience})</source>
            <translation>Comentario {id} ({audience})</translation>
        </message>
        <message>
            <source>[resolved]</source>
            <translation>[resuelto]</translation>
        </message>
        <message>
            <source>[shareable]</source>
            <translation>[compartible]</translation>
        </message>
        <message>
            <source>Assigned {kind} {ref} to {member}</source>
            <translation>{kind} {ref} asignado a {member}</translation>
        </message>
        <message>
            <source>unrecognized arguments: {arguments}</source>
            <translation>argumentos no reconocidos: {arguments}</translation>
        </message>
        <message>
            <source>error: no log at {path} (create one with: {command})</source>
            <translation>error: no hay registro en {path} (cree uno con: {command})</translation>
        </message>
        <message>
            <source>interrupted; nothing was left half-written</source>
            <translation>interrumpido; nada quedó a medio escribir</translation>
        </message>
        <message>
            <source>error: {message}</source>
            <translation>error: {message}</translation>
        </message>
        <message>
            <source>unexpected error ({kind}); details in {path}</source>
            <translation>error inesperado ({kind}); detalles en {path}</translation>
        </message>
        <message>
            <source>New passphrase for {name} (at least 10 characters): </source>
            <translation>Nueva frase de contraseña para {name} (al menos 10 caracteres): </translation>
        </message>
        <message>
            <source>Passphrase: {strength}</source>
            <translation>Frase de contraseña: {strength}</translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>La misma frase de contraseña otra vez: </translation>
        </message>
        <message>
            <source>Encrypted {path}</source>
            <translation>{path} cifrado</translation>
        </message>
        <message>
            <source>{count} automatic backup(s) of it taken before are NOT encrypted:</source>
            <translation>{count} copia(s) automática(s) anteriores NO están cifradas:</translation>
        </message>
        <message>
            <source>Remove them with: {command}</source>
            <translation>Elimínelas con: {command}</translation>
        </message>
        <message>
            <source>Decrypted {path}: it is now readable by anyone with the file (its backups stay encrypted)</source>
            <translation>{path} descifrado: ahora puede leerlo cualquiera que tenga el archivo (sus copias de seguridad siguen cifradas)</translation>
        </message>
        <message>
            <source>Changed the passphrase of {path} (backups taken before keep the old one)</source>
            <translation>Frase de contraseña de {path} cambiada (las copias anteriores conservan la antigua)</translation>
        </message>
        <message>
            <source>indexed</source>
            <translation>indexado</translation>
        </message>
        <message>
            <source>not indexed</source>
            <translation>no indexado</translation>
        </message>
        <message>
            <source>Attached {name} ({size} bytes, {audience}) as {id}; {state}</source>
            <translation>{name} adjuntado ({size} bytes, {audience}) como {id}; {state}</translation>
        </message>
        <message>
            <source>content missing</source>
            <translation>falta el contenido</translation>
        </message>
        <message>
            <source>No attachments.</source>
            <translation>Sin adjuntos.</translation>
        </message>
        <message>
            <source>Wrote {path} ({size} bytes)</source>
            <translation>{path} escrito ({size} bytes)</translation>
        </message>
        <message>
            <source>Removed {name} ({id})</source>
            <translation>{name} eliminado ({id})</translation>
        </message>
        <message>
            <source>Colleague's copy written to {path}; give it to them with the delegation's sync passphrase</source>
            <translation>Copia del colega escrita en {path}; entréguesela con la frase de sincronización de la delegación</translation>
        </message>
        <message>
            <source>Sync file for {colleague} written to {path} ({size} bytes)</source>
            <translation>Archivo de sincronización para {colleague} escrito en {path} ({size} bytes)</translation>
        </message>
        <message>
            <source>conflict: {line}</source>
            <translation>conflicto: {line}</translation>
        </message>
        <message>
            <source>base {base}	ours {ours}	theirs {theirs}</source>
            <translation>base {base}	nuestra {ours}	suya {theirs}</translation>
        </message>
        <message>
            <source>{count} open conflict(s)</source>
            <translation>{count} conflicto(s) abierto(s)</translation>
        </message>
        <message>
            <source>sent {sent}	received {received}	last synced {when}</source>
            <translation>enviado {sent}	recibido {received}	última sincronización {when}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Conflict {id} settled ({choice})</source>
            <translation>Conflicto {id} resuelto ({choice})</translation>
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
        <name>Dashboard</name>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>(1 day overdue)</source>
            <translation>(1 día de retraso)</translation>
        </message>
        <message>
            <source>({n} days overdue)</source>
            <translation>({n} días de retraso)</translation>
        </message>
        <message>
            <source>1 clause</source>
            <translation>1 cláusula</translation>
        </message>
        <message>
            <source>{n} clauses</source>
            <translation>{n} cláusulas</translation>
        </message>
        <message>
            <source>1 open bracket</source>
            <translation>1 corchete abierto</translation>
        </message>
        <message>
            <source>{n} open brackets</source>
            <translation>{n} corchetes abiertos</translation>
        </message>
        <message>
            <source>Topics:</source>
            <translation>Temas:</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencidos</translation>
        </message>
        <message>
            <source>and {n} more overdue</source>
            <translation>y {n} más vencidos</translation>
        </message>
        <message>
            <source>This track's commitments by due date, in Commitments</source>
            <translation>Los compromisos de esta vertiente por vencimiento, en Compromisos</translation>
        </message>
        <message>
            <source>Next deadlines</source>
            <translation>Próximos plazos</translation>
        </message>
        <message>
            <source>Nothing due</source>
            <translation>Nada pendiente</translation>
        </message>
        <message>
            <source>Reading its clauses, brackets and deadlines…</source>
            <translation>Leyendo sus cláusulas, corchetes y plazos…</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Todas las vertientes</translation>
        </message>
        <message>
            <source>No tracks yet. Add one under Tracks (Ctrl+2).</source>
            <translation>Aún no hay vertientes. Añada una en Vertientes (Ctrl+2).</translation>
        </message>
        <message>
            <source>no target date</source>
            <translation>sin fecha objetivo</translation>
        </message>
        <message>
            <source>Target {date}</source>
            <translation>Objetivo {date}</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>Sin fecha objetivo</translation>
        </message>
        <message>
            <source>concluded</source>
            <translation>concluida</translation>
        </message>
        <message>
            <source>1 day left</source>
            <translation>queda 1 día</translation>
        </message>
        <message>
            <source>{n} days left</source>
            <translation>quedan {n} días</translation>
        </message>
        <message>
            <source>1 day past</source>
            <translation>pasado 1 día</translation>
        </message>
        <message>
            <source>{n} days past</source>
            <translation>pasados {n} días</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Aún no hay rondas</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Ronda {number}</translation>
        </message>
        <message>
            <source>1 clause revised</source>
            <translation>1 cláusula revisada</translation>
        </message>
        <message>
            <source>{n} clauses revised</source>
            <translation>{n} cláusulas revisadas</translation>
        </message>
        <message>
            <source>1 bracket opened</source>
            <translation>1 corchete abierto</translation>
        </message>
        <message>
            <source>{n} brackets opened</source>
            <translation>{n} corchetes abiertos</translation>
        </message>
        <message>
            <source>1 bracket resolved</source>
            <translation>1 corchete resuelto</translation>
        </message>
        <message>
            <source>{n} brackets resolved</source>
            <translation>{n} corchetes resueltos</translation>
        </message>
        <message>
            <source>1 position recorded</source>
            <translation>1 posición registrada</translation>
        </message>
        <message>
            <source>{n} positions recorded</source>
            <translation>{n} posiciones registradas</translation>
        </message>
        <message>
            <source>no text changes</source>
            <translation>sin cambios en el texto</translation>
        </message>
        <message>
            <source>1 edit in the log since then</source>
            <translation>1 cambio en el registro desde entonces</translation>
        </message>
        <message>
            <source>{n} edits in the log since then</source>
            <translation>{n} cambios en el registro desde entonces</translation>
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
        <name>Deadlines</name>
        <message>
            <source>1 day</source>
            <translation>1 día</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} días</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 mes</translation>
        </message>
        <message>
            <source>{n} months</source>
            <translation>{n} meses</translation>
        </message>
        <message>
            <source>on {anchor}</source>
            <translation>el día de {anchor}</translation>
        </message>
        <message>
            <source>{months} and {days}</source>
            <translation>{months} y {days}</translation>
        </message>
        <message>
            <source>{months} less {days}</source>
            <translation>{months} menos {days}</translation>
        </message>
        <message>
            <source>{amount} after {anchor}</source>
            <translation>{amount} después de {anchor}</translation>
        </message>
        <message>
            <source>{amount} before {anchor}</source>
            <translation>{amount} antes de {anchor}</translation>
        </message>
        <message>
            <source>{state} (stale: due date passed {days} d ago)</source>
            <translation>{state} (desfasado: plazo vencido hace {days} d)</translation>
        </message>
    </context>
    <context>
        <name>DraftImportDialog</name>
        <message>
            <source>Import Word or Akoma Ntoso draft</source>
            <translation>Importar borrador Word o Akoma Ntoso</translation>
        </message>
        <message>
            <source>Drafts (*.docx *.xml *.akn);;Word document (*.docx);;Akoma Ntoso (*.xml *.akn)</source>
            <translation>Borradores (*.docx *.xml *.akn);;Documento Word (*.docx);;Akoma Ntoso (*.xml *.akn)</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modificado</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nuevo</translation>
        </message>
        <message>
            <source>Tracked changes become versions of the party each Word author stands for (remembered by this log):</source>
            <translation>Los cambios controlados pasan a ser versiones de la parte que representa cada autor de Word (recordado en este registro):</translation>
        </message>
        <message>
            <source>Choose the chair's consolidated text or a delegation's markup (Word .docx or Akoma Ntoso .xml).</source>
            <translation>Elija el texto consolidado de la presidencia o las marcas de una delegación (Word .docx o Akoma Ntoso .xml).</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>Article in the file</source>
            <translation>Artículo del archivo</translation>
        </message>
        <message>
            <source>Matched clause</source>
            <translation>Cláusula asociada</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>Word author</source>
            <translation>Autor de Word</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>&amp;Track:</source>
            <translation>&amp;Vertiente:</translation>
        </message>
        <message>
            <source>&amp;Round of the new versions:</source>
            <translation>&amp;Ronda de las nuevas versiones:</translation>
        </message>
        <message>
            <source>&amp;Party of the accepted text:</source>
            <translation>&amp;Parte del texto aceptado:</translation>
        </message>
        <message>
            <source>Round {number} ({date})</source>
            <translation>Ronda {number} ({date})</translation>
        </message>
        <message>
            <source>Reading {name}</source>
            <translation>Leyendo {name}</translation>
        </message>
        <message>
            <source>{ref} (by {method}, {score})</source>
            <translation>{ref} (por {method}, {score})</translation>
        </message>
        <message>
            <source>— new clause</source>
            <translation>— nueva cláusula</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Accept as a new clause</source>
            <translation>Aceptar como nueva cláusula</translation>
        </message>
        <message>
            <source>Attach to {clause}</source>
            <translation>Asociar a {clause}</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(elegir)</translation>
        </message>
        <message>
            <source>{kind}: no tracked changes to attribute</source>
            <translation>{kind}: no hay cambios controlados que atribuir</translation>
        </message>
        <message>
            <source>; each bracket keeps the proposer the file names.</source>
            <translation>; cada corchete conserva el proponente que indica el archivo.</translation>
        </message>
        <message>
            <source>Absent from the file (kept, never deleted): </source>
            <translation>Ausentes del archivo (se conservan, nunca se borran): </translation>
        </message>
        <message>
            <source>{n} article(s)</source>
            <translation>{n} artículo(s)</translation>
        </message>
        <message>
            <source>{changed} changed, {unchanged} unchanged, {new} new. Nothing has been written yet.</source>
            <translation>{changed} modificados, {unchanged} sin cambios, {new} nuevos. Aún no se ha escrito nada.</translation>
        </message>
        <message>
            <source>Tabled by {party}: the file names it as the proposer of every bracket.</source>
            <translation>Presentado por {party}: el archivo la indica como proponente de cada corchete.</translation>
        </message>
        <message>
            <source>Against the current text of {ref}:</source>
            <translation>Frente al texto actual de {ref}:</translation>
        </message>
        <message>
            <source>A new clause (proposed):</source>
            <translation>Una nueva cláusula (propuesta):</translation>
        </message>
        <message>
            <source>{author} proposes:</source>
            <translation>{author} propone:</translation>
        </message>
        <message>
            <source>Brackets opened:</source>
            <translation>Corchetes abiertos:</translation>
        </message>
        <message>
            <source>Brackets resolved:</source>
            <translation>Corchetes resueltos:</translation>
        </message>
        <message>
            <source>Cannot import:</source>
            <translation>No se puede importar:</translation>
        </message>
        <message>
            <source>Choose a round for the new versions first.</source>
            <translation>Elija primero una ronda para las nuevas versiones.</translation>
        </message>
        <message>
            <source>Choose a party for: </source>
            <translation>Elija una parte para: </translation>
        </message>
        <message>
            <source>Import {kind} draft {name}</source>
            <translation>Importar borrador {kind} {name}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>{name} names the party #{eid} ({party}), which is not a party of this log; nothing was imported</source>
            <translation>{name} menciona la parte #{eid} ({party}), que no es parte de este registro; no se importó nada</translation>
        </message>
        <message>
            <source>{name} is {size:.1f} MB; an Akoma Ntoso text may be at most {limit:.0f} MB (nothing was imported)</source>
            <translation>{name} ocupa {size:.1f} MB; un texto Akoma Ntoso puede ocupar como máximo {limit:.0f} MB (no se importó nada)</translation>
        </message>
        <message>
            <source>Cannot read {name}: {reason}</source>
            <translation>No se puede leer {name}: {reason}</translation>
        </message>
        <message>
            <source>{name} declares a DOCTYPE or entities, which an Akoma Ntoso text never needs; refused (nothing was imported)</source>
            <translation>{name} declara un DOCTYPE o entidades, que un texto Akoma Ntoso nunca necesita; rechazado (no se importó nada)</translation>
        </message>
        <message>
            <source>{name} is not readable XML ({reason}); nothing was imported</source>
            <translation>{name} no es XML legible ({reason}); no se importó nada</translation>
        </message>
        <message>
            <source>{name} declares a DOCTYPE, which an Akoma Ntoso text never needs; refused (nothing was imported)</source>
            <translation>{name} declara un DOCTYPE, que un texto Akoma Ntoso nunca necesita; rechazado (no se importó nada)</translation>
        </message>
        <message>
            <source>{name} is not valid Akoma Ntoso 3.0 ({reason}); nothing was imported</source>
            <translation>{name} no es Akoma Ntoso 3.0 válido ({reason}); no se importó nada</translation>
        </message>
        <message>
            <source>{name}: the brackets of article {ref} do not balance ({reason}); nothing was imported</source>
            <translation>{name}: los corchetes del artículo {ref} no están equilibrados ({reason}); no se importó nada</translation>
        </message>
        <message>
            <source>{name}: a bracket in article {ref} names {party}, which &lt;references&gt; does not declare (nothing was imported)</source>
            <translation>{name}: un corchete del artículo {ref} menciona {party}, que &lt;references&gt; no declara (no se importó nada)</translation>
        </message>
        <message>
            <source>{name} holds no numbered article; nothing was imported</source>
            <translation>{name} no contiene ningún artículo numerado; no se importó nada</translation>
        </message>
        <message>
            <source>No round {round!r} in track {track}; give its number (e.g. 2) or its id</source>
            <translation>No hay ronda {round!r} en la vertiente {track}; indique su número (p. ej., 2) o su identificador</translation>
        </message>
        <message>
            <source>The Akoma Ntoso text does not validate against the OASIS schema ({reason}); nothing was written</source>
            <translation>El texto Akoma Ntoso no es válido según el esquema OASIS ({reason}); no se escribió nada</translation>
        </message>
        <message>
            <source>No party for the Word author(s) {authors}: add --author "NAME=PARTY" for each; nothing was imported</source>
            <translation>Ninguna parte para los autores de Word {authors}: añada --author "NAME=PARTY" para cada uno; no se importó nada</translation>
        </message>
        <message>
            <source>No round {round!r} in this track (give its number or date); nothing was imported</source>
            <translation>No hay ronda {round!r} en esta vertiente (indique su número o fecha); no se importó nada</translation>
        </message>
        <message>
            <source>Unknown party {party!r} for --party; nothing was imported</source>
            <translation>Parte {party!r} desconocida para --party; no se importó nada</translation>
        </message>
        <message>
            <source>No track {track!r} in this log</source>
            <translation>No hay vertiente {track!r} en este registro</translation>
        </message>
        <message>
            <source>No party for the Word author(s) {authors}: map each to a party (--author "NAME=PARTY"); nothing was imported</source>
            <translation>Ninguna parte para los autores de Word {authors}: asigne cada uno a una parte (--author "NAME=PARTY"); no se importó nada</translation>
        </message>
        <message>
            <source>{ref}: the log refused it ({reason}); nothing was imported</source>
            <translation>{ref}: el registro lo rechazó ({reason}); no se importó nada</translation>
        </message>
        <message>
            <source>Track {track} has no round {number}; its rounds: {known}</source>
            <translation>La vertiente {track} no tiene ronda {number}; sus rondas: {known}</translation>
        </message>
        <message>
            <source>Unknown audience {audience!r}; use internal or shareable</source>
            <translation>Destinatarios {audience!r} desconocidos; use internal o shareable</translation>
        </message>
        <message>
            <source>A track was removed while the briefing was being written; export it again</source>
            <translation>Se eliminó una vertiente mientras se escribía el informe de negociación; expórtelo de nuevo</translation>
        </message>
        <message>
            <source>Compare an earlier round with a later one (round {earlier} is not before round {later})</source>
            <translation>Compare una ronda anterior con una posterior (la ronda {earlier} no es anterior a la ronda {later})</translation>
        </message>
        <message>
            <source>--author takes NAME=PARTY (e.g. "US Delegation=US"), not {pair!r}</source>
            <translation>--author espera NAME=PARTY (p. ej., "US Delegation=US"), no {pair!r}</translation>
        </message>
        <message>
            <source>{name} has no recognisable articles (paragraphs or headings starting "Article 3", "Art. 3" or "3."); nothing was imported</source>
            <translation>{name} no contiene artículos reconocibles (párrafos o títulos que empiecen por «Artículo 3», «Art. 3» o «3.»); no se importó nada</translation>
        </message>
        <message>
            <source>This log's dump would be {size} MB, over the {most} MB an import accepts; copy it with `mineralsdesk backup` instead</source>
            <translation>El volcado de este registro ocuparía {size} MB, más de los {most} MB que admite una importación; cópielo con `mineralsdesk backup`</translation>
        </message>
        <message>
            <source>No file at {path}</source>
            <translation>No hay ningún archivo en {path}</translation>
        </message>
        <message>
            <source>{name} is an encrypted dump: give its passphrase</source>
            <translation>{name} es un volcado cifrado: indique su frase de contraseña</translation>
        </message>
        <message>
            <source>{name} is larger than a MineralsDesk dump can be</source>
            <translation>{name} es mayor de lo que puede ser un volcado de MineralsDesk</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk JSON dump</source>
            <translation>{name} no es un volcado JSON de MineralsDesk</translation>
        </message>
        <message>
            <source>{name} has no valid 'format_version' (a whole number from 1)</source>
            <translation>{name} no tiene un 'format_version' válido (un número entero desde 1)</translation>
        </message>
        <message>
            <source>{name} uses dump format {version}; this build reads formats 1 to {newest}</source>
            <translation>{name} usa el formato de volcado {version}; esta compilación lee los formatos 1 a {newest}</translation>
        </message>
        <message>
            <source>{name} does not say whether it is internal or shareable ('audience')</source>
            <translation>{name} no indica si es interno o compartible ('audience')</translation>
        </message>
        <message>
            <source>{name} is a shareable dump (no red lines, fallbacks, internal notes or change history); it cannot be loaded as a log. Import an internal dump instead</source>
            <translation>{name} es un volcado compartible (sin líneas rojas, posiciones de repliegue, notas internas ni historial); no puede cargarse como registro. Importe un volcado interno</translation>
        </message>
        <message>
            <source>{name}: '{table}' record {number} lacks fields: {fields}</source>
            <translation>{name}: al registro {number} de '{table}' le faltan campos: {fields}</translation>
        </message>
        <message>
            <source>{name} is {size:,.0f} MB; Word drafts over {limit} MB are not imported</source>
            <translation>{name} ocupa {size:,.0f} MB; los borradores de Word de más de {limit} MB no se importan</translation>
        </message>
        <message>
            <source>{name} is a password-protected Word document: remove the password in Word (File &gt; Info &gt; Protect Document) and import that copy</source>
            <translation>{name} es un documento de Word protegido con contraseña: quite la contraseña en Word (Archivo &gt; Información &gt; Proteger documento) e importe esa copia</translation>
        </message>
        <message>
            <source>{name} is an old-style Word .doc file: save it as .docx and import that</source>
            <translation>{name} es un archivo .doc de Word antiguo: guárdelo como .docx e importe ese</translation>
        </message>
        <message>
            <source>{name} is not a Word document (.docx)</source>
            <translation>{name} no es un documento de Word (.docx)</translation>
        </message>
        <message>
            <source>{name}: its content types part is {size:,} bytes; refused</source>
            <translation>{name}: su parte de tipos de contenido ocupa {size:,} bytes; rechazado</translation>
        </message>
        <message>
            <source>{name} is a macro-enabled Word document: save it as a plain .docx (without macros) and import that</source>
            <translation>{name} es un documento de Word con macros: guárdelo como .docx normal (sin macros) e importe ese</translation>
        </message>
        <message>
            <source>{name}: part {part} is {size:,.0f} MB; refused</source>
            <translation>{name}: la parte {part} ocupa {size:,.0f} MB; rechazado</translation>
        </message>
        <message>
            <source>{name} is not a readable Word document (its zip structure is damaged)</source>
            <translation>{name} no es un documento de Word legible (su estructura zip está dañada)</translation>
        </message>
        <message>
            <source>{name} is not a readable Word document (its XML is damaged)</source>
            <translation>{name} no es un documento de Word legible (su XML está dañado)</translation>
        </message>
        <message>
            <source>{name} contains XML entity or DTD declarations; refused</source>
            <translation>{name} contiene declaraciones de entidades XML o DTD; rechazado</translation>
        </message>
        <message>
            <source>{name} is not a Word document (it has no body)</source>
            <translation>{name} no es un documento de Word (no tiene cuerpo)</translation>
        </message>
        <message>
            <source>Unknown paper {paper!r}; use a4 or letter</source>
            <translation>Papel {paper!r} desconocido; use a4 o letter</translation>
        </message>
        <message>
            <source>Unknown paper size {paper!r}; use a4 or letter</source>
            <translation>Tamaño de papel desconocido {paper!r}; use a4 o letter</translation>
        </message>
        <message>
            <source>Folder {folder} does not exist</source>
            <translation>La carpeta {folder} no existe</translation>
        </message>
        <message>
            <source>The briefing could not be laid out on {paper} paper: an element is larger than a page</source>
            <translation>No se pudo maquetar el informe en papel {paper}: un elemento es mayor que una página</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>No se puede escribir {path}: {reason}</translation>
        </message>
        <message>
            <source>{name} is read-only (the file or its folder cannot be written); nothing was changed</source>
            <translation>{name} es de solo lectura (no se puede escribir el archivo o su carpeta); no se cambió nada</translation>
        </message>
        <message>
            <source>init --demo makes a plain log; encrypt it afterwards with: mineralsdesk encrypt</source>
            <translation>init --demo crea un registro sin cifrar; cífrelo después con: mineralsdesk encrypt</translation>
        </message>
        <message>
            <source>Give words to search for, or --topic TOPIC (see mineralsdesk search --help)</source>
            <translation>Indique palabras que buscar, o --topic TOPIC (vea mineralsdesk search --help)</translation>
        </message>
        <message>
            <source>Cannot search for that query; put words with punctuation in "quotes" (see mineralsdesk search --help)</source>
            <translation>No se puede buscar esa consulta; ponga las palabras con puntuación entre "comillas" (vea mineralsdesk search --help)</translation>
        </message>
        <message>
            <source>trust changes what the log's history vouches for; confirm with --yes</source>
            <translation>trust cambia lo que garantiza el historial del registro; confirme con --yes</translation>
        </message>
        <message>
            <source>--minutes prints one round on its own: leave out --track, --topic and --compare</source>
            <translation>--minutes imprime una sola ronda de negociación: omita --track, --topic y --compare</translation>
        </message>
        <message>
            <source>{name} is password-protected; give its password with --password-file F</source>
            <translation>{name} está protegido con contraseña; indíquela con --password-file F</translation>
        </message>
        <message>
            <source>give the round: --round TRACK NUMBER (e.g. --round 'MOU 2')</source>
            <translation>indique la ronda de negociación: --round TRACK NUMBER (p. ej. --round 'MOU 2')</translation>
        </message>
        <message>
            <source>{name} is encrypted: give its passphrase with --passphrase-file FILE or ${variable}</source>
            <translation>{name} está cifrado: indique su frase de contraseña con --passphrase-file FILE o ${variable}</translation>
        </message>
        <message>
            <source>give the new passphrase with --passphrase-file FILE or ${variable} (no terminal to ask on)</source>
            <translation>indique la nueva frase de contraseña con --passphrase-file FILE o ${variable} (no hay terminal donde pedirla)</translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed</source>
            <translation>Las dos frases de contraseña difieren; no se cambió nada</translation>
        </message>
        <message>
            <source>{name} is not encrypted; nothing was changed</source>
            <translation>{name} no está cifrado; no se cambió nada</translation>
        </message>
        <message>
            <source>{name} is not encrypted; encrypt it with: mineralsdesk encrypt</source>
            <translation>{name} no está cifrado; cífrelo con: mineralsdesk encrypt</translation>
        </message>
        <message>
            <source>Cannot attach to {kind}; use track, round, clause or commitment</source>
            <translation>No se puede adjuntar a {kind}; use track, round, clause o commitment</translation>
        </message>
        <message>
            <source>{name} is not valid JSON ({why} at character {position})</source>
            <translation>{name} no es JSON válido ({why} en el carácter {position})</translation>
        </message>
        <message>
            <source>{name} is {size} MB; a MineralsDesk dump can be at most {most} MB (copy larger logs with `mineralsdesk backup`)</source>
            <translation>{name} ocupa {size} MB; un volcado de MineralsDesk tiene como máximo {most} MB (copie registros mayores con `mineralsdesk backup`)</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk JSON dump (unknown section {section})</source>
            <translation>{name} no es un volcado JSON de MineralsDesk (sección desconocida {section})</translation>
        </message>
        <message>
            <source>{name} holds more than {most} records; more than a MineralsDesk dump may</source>
            <translation>{name} contiene más de {most} registros; más de los que admite un volcado de MineralsDesk</translation>
        </message>
        <message>
            <source>{name}: '{section}' record {number} is not an object</source>
            <translation>{name}: el registro {number} de '{section}' no es un objeto</translation>
        </message>
        <message>
            <source>{name} is not an encrypted MineralsDesk dump (too short or no header)</source>
            <translation>{name} no es un volcado cifrado de MineralsDesk (demasiado corto o sin cabecera)</translation>
        </message>
        <message>
            <source>{name} uses encrypted-dump version {version}; this build reads version {newest}</source>
            <translation>{name} usa la versión {version} de volcado cifrado; esta compilación lee la versión {newest}</translation>
        </message>
        <message>
            <source>{name} cannot be decrypted: wrong passphrase, or the file was changed; nothing was imported</source>
            <translation>{name} no se puede descifrar: frase de contraseña errónea o archivo modificado; no se importó nada</translation>
        </message>
        <message>
            <source>{name} is a zip file but not {kind}</source>
            <translation>{name} es un archivo zip pero no {kind}</translation>
        </message>
        <message>
            <source>{name} would unpack to {size} MB (a zip bomb?); refused</source>
            <translation>{name} ocuparía {size} MB al descomprimirse (¿una bomba zip?); rechazado</translation>
        </message>
        <message>
            <source>{name}: part {part} unpacks {ratio} times its size (a zip bomb?); refused</source>
            <translation>{name}: la parte {part} se descomprime a {ratio} veces su tamaño (¿una bomba zip?); rechazado</translation>
        </message>
        <message>
            <source>{name}: part {part} has no element in its first {most} KB; refused</source>
            <translation>{name}: la parte {part} no tiene ningún elemento en sus primeros {most} KB; rechazado</translation>
        </message>
        <message>
            <source>{name} contains XML entity or DTD declarations (a known attack on document readers); refused</source>
            <translation>{name} contiene declaraciones de entidades XML o DTD (un ataque conocido contra lectores de documentos); rechazado</translation>
        </message>
        <message>
            <source>The password is empty; give a password of at least one character (nothing was written)</source>
            <translation>La contraseña está vacía; indique al menos un carácter (no se escribió nada)</translation>
        </message>
        <message>
            <source>The password holds a line break or a NUL character, which readers cannot type; nothing was written</source>
            <translation>La contraseña contiene un salto de línea o un carácter NUL, que los lectores no pueden teclear; no se escribió nada</translation>
        </message>
        <message>
            <source>The password is longer than {most} bytes (UTF-8), the most a PDF reader takes; choose a shorter one (nothing was written)</source>
            <translation>La contraseña supera los {most} bytes (UTF-8), el máximo de un lector de PDF; elija una más corta (no se escribió nada)</translation>
        </message>
        <message>
            <source>Cannot read the password file {path}: {reason}; nothing was written</source>
            <translation>No se puede leer el archivo de contraseña {path}: {reason}; no se escribió nada</translation>
        </message>
        <message>
            <source>The password file {path} is over {most} KB: not a password file? Nothing was written</source>
            <translation>El archivo de contraseña {path} supera los {most} KB: ¿no es un archivo de contraseña? No se escribió nada</translation>
        </message>
        <message>
            <source>The password file {path} is not UTF-8 text; nothing was written</source>
            <translation>El archivo de contraseña {path} no es texto UTF-8; no se escribió nada</translation>
        </message>
        <message>
            <source>The password file {path} is empty (its first line holds the password); nothing was written</source>
            <translation>El archivo de contraseña {path} está vacío (su primera línea contiene la contraseña); no se escribió nada</translation>
        </message>
        <message>
            <source>PDF passwords need the pyaes package (AES-256), which is missing; reinstall MineralsDesk (nothing was written)</source>
            <translation>Las contraseñas de PDF necesitan el paquete pyaes (AES-256), que falta; reinstale MineralsDesk (no se escribió nada)</translation>
        </message>
        <message>
            <source>The workbook could not be encrypted ({reason}); nothing was written</source>
            <translation>No se pudo cifrar el libro ({reason}); no se escribió nada</translation>
        </message>
        <message>
            <source>{name} is over {most} MB; workbooks that large are not imported</source>
            <translation>{name} supera los {most} MB; no se importan libros tan grandes</translation>
        </message>
        <message>
            <source>{name} is not a password-protected Excel workbook</source>
            <translation>{name} no es un libro de Excel protegido con contraseña</translation>
        </message>
        <message>
            <source>{name}: its encryption header is oversized; refused</source>
            <translation>{name}: su cabecera de cifrado es demasiado grande; rechazado</translation>
        </message>
        <message>
            <source>{name} could not be read as a password-protected workbook (damaged?)</source>
            <translation>{name} no se pudo leer como libro protegido con contraseña (¿dañado?)</translation>
        </message>
        <message>
            <source>{name}: its encrypted package is empty; refused</source>
            <translation>{name}: su paquete cifrado está vacío; rechazado</translation>
        </message>
        <message>
            <source>{name} would decrypt to {size} MB; workbooks over {most} MB are not imported</source>
            <translation>{name} ocuparía {size} MB descifrado; no se importan libros de más de {most} MB</translation>
        </message>
        <message>
            <source>Brackets nested more than {limit} deep at character {pos}</source>
            <translation>Corchetes anidados en más de {limit} niveles en el carácter {pos}</translation>
        </message>
        <message>
            <source>Unbalanced bracket: ']' at character {pos} has no opening '['</source>
            <translation>Corchete desparejado: el ']' del carácter {pos} no tiene '[' de apertura</translation>
        </message>
        <message>
            <source>Unclosed '[' at character {pos}; {more} more unclosed after it</source>
            <translation>'[' sin cerrar en el carácter {pos}; {more} más sin cerrar después</translation>
        </message>
        <message>
            <source>Unclosed '[' at character {pos}</source>
            <translation>'[' sin cerrar en el carácter {pos}</translation>
        </message>
        <message>
            <source>{what} must not be empty</source>
            <translation>{what} no puede estar vacío</translation>
        </message>
        <message>
            <source>Red lines, fallbacks and internal notes are kept for our own party only</source>
            <translation>Las líneas rojas, posiciones de repliegue y notas internas son solo para nuestra propia parte</translation>
        </message>
        <message>
            <source>Clause text must not be empty</source>
            <translation>El texto de la cláusula no puede estar vacío</translation>
        </message>
        <message>
            <source>Unknown party {code!r}; known parties: {known}</source>
            <translation>Parte desconocida {code!r}; partes conocidas: {known}</translation>
        </message>
        <message>
            <source>A compliance score is -1, 0 or +1</source>
            <translation>Una puntuación de cumplimiento es -1, 0 o +1</translation>
        </message>
        <message>
            <source>That round belongs to another track</source>
            <translation>Esa ronda de negociación pertenece a otra vertiente</translation>
        </message>
        <message>
            <source>Give the due date either as a date or relative to an event, not both</source>
            <translation>Indique el plazo como fecha o en relación con un evento, no ambos</translation>
        </message>
        <message>
            <source>Initials are 1 to 4 letters</source>
            <translation>Las iniciales tienen de 1 a 4 letras</translation>
        </message>
        <message>
            <source>A note holds at most {limit:,} characters</source>
            <translation>Una nota admite como máximo {limit:,} caracteres</translation>
        </message>
        <message>
            <source>An attachment's SHA-256 must be 64 hexadecimal digits</source>
            <translation>El SHA-256 de un adjunto debe tener 64 dígitos hexadecimales</translation>
        </message>
        <message>
            <source>An attachment's size cannot be negative</source>
            <translation>El tamaño de un adjunto no puede ser negativo</translation>
        </message>
        <message>
            <source>Exactly one party must be ours; the log has {count}</source>
            <translation>Exactamente una parte debe ser la nuestra; el registro tiene {count}</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': a drafted clause must be proposed or negotiated before it can be agreed.</source>
            <translation>Una cláusula no puede pasar de '{old}' a '{new}': una cláusula redactada debe proponerse o negociarse antes de acordarse.</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': a dropped clause can only be reopened as drafted, proposed or under negotiation.</source>
            <translation>Una cláusula no puede pasar de '{old}' a '{new}': una cláusula descartada solo puede reabrirse como redactada, propuesta o en negociación.</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': from '{old}' it can move to {options}.</source>
            <translation>Una cláusula no puede pasar de '{old}' a '{new}': desde '{old}' puede pasar a {options}.</translation>
        </message>
        <message>
            <source>Cannot attach to {value!r}; use track, round, clause or commitment</source>
            <translation>No se puede adjuntar a {value!r}; use track, round, clause o commitment</translation>
        </message>
        <message>
            <source>The attachment size cap must be at least 1 MB</source>
            <translation>El límite de tamaño de los adjuntos debe ser de al menos 1 MB</translation>
        </message>
        <message>
            <source>The content of {file} is missing from the log (run check)</source>
            <translation>Falta el contenido de {file} en el registro (ejecute check)</translation>
        </message>
        <message>
            <source>No attachment with id {ref}</source>
            <translation>Ningún adjunto con el id {ref}</translation>
        </message>
        <message>
            <source>{count} attachments have an id starting {ref}; give more of it</source>
            <translation>{count} adjuntos tienen un id que empieza por {ref}; indique más caracteres</translation>
        </message>
        <message>
            <source>No {kind} {ref!r} (give {hint})</source>
            <translation>Ningún {kind} {ref!r} (indique {hint})</translation>
        </message>
        <message>
            <source>The content given for {file} is not the one it had</source>
            <translation>El contenido dado para {file} no es el que tenía</translation>
        </message>
        <message>
            <source>Give the attached file a name</source>
            <translation>Dé un nombre al archivo adjunto</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>No se puede leer {file}: {reason}</translation>
        </message>
        <message>
            <source>{name} is a MineralsDesk log, not a paper (every red line is inside it); nothing was attached. To pass a log on, use backup or a shareable export</source>
            <translation>{name} es un registro de MineralsDesk, no un documento (contiene todas las líneas rojas); no se adjuntó nada. Para pasar un registro, use una copia de seguridad o una exportación compartible</translation>
        </message>
        <message>
            <source>{name} is {size:.1f} MB, over this log's {cap} MB cap a file; nothing was attached (raise the cap in the settings or attach a smaller file)</source>
            <translation>{name} ocupa {size:.1f} MB, por encima del límite de {cap} MB por archivo de este registro; no se adjuntó nada (suba el límite en la configuración o adjunte un archivo más pequeño)</translation>
        </message>
        <message>
            <source>An author name must have 1 to {limit} characters</source>
            <translation>Un nombre de autor debe tener de 1 a {limit} caracteres</translation>
        </message>
        <message>
            <source>Unknown party {code!r} for author {name!r}; known parties: {known}</source>
            <translation>Parte desconocida {code!r} para el autor {name!r}; partes conocidas: {known}</translation>
        </message>
        <message>
            <source>{file} fails its check ({problem}); nothing was restored</source>
            <translation>{file} no supera la comprobación ({problem}); no se restauró nada</translation>
        </message>
        <message>
            <source>No backup at {backup}</source>
            <translation>No hay ninguna copia de seguridad en {backup}</translation>
        </message>
        <message>
            <source>That backup is the log itself; choose another file</source>
            <translation>Esa copia de seguridad es el propio registro; elija otro archivo</translation>
        </message>
        <message>
            <source>{file} is read-only (the file or its folder cannot be written); nothing was restored and no backup was taken</source>
            <translation>{file} es de solo lectura (no se puede escribir el archivo o su carpeta); no se restauró nada ni se hizo copia de seguridad</translation>
        </message>
        <message>
            <source>Journal files of a former log remain beside {file}; move them away first</source>
            <translation>Junto a {file} quedan archivos de diario de un registro anterior; muévalos primero</translation>
        </message>
        <message>
            <source>{file} cannot be read and has journal files beside it; nothing was restored (restore to another name instead)</source>
            <translation>{file} no se puede leer y tiene archivos de diario al lado; no se restauró nada (restaure con otro nombre)</translation>
        </message>
        <message>
            <source>This log is open read-only</source>
            <translation>Este registro está abierto en solo lectura</translation>
        </message>
        <message>
            <source>The change log itself is broken ({problem}); restore a backup instead of trusting it</source>
            <translation>El registro de cambios está roto ({problem}); restaure una copia de seguridad en lugar de confiar en él</translation>
        </message>
        <message>
            <source>the dump's history does not verify ({problem}); nothing was imported (to take its records alone as a new starting point, import it with --new-start)</source>
            <translation>el historial del volcado no se verifica ({problem}); no se importó nada (para tomar solo sus registros como nuevo punto de partida, impórtelo con --new-start)</translation>
        </message>
        <message>
            <source>Round {number} ({date}) is before the round of the current version; versions of past rounds are read-only</source>
            <translation>La ronda {number} ({date}) es anterior a la de la versión actual; las versiones de rondas pasadas son de solo lectura</translation>
        </message>
        <message>
            <source>A clause keeps at least its first version</source>
            <translation>Una cláusula conserva al menos su primera versión</translation>
        </message>
        <message>
            <source>That comment is on another record; a reply goes on the same one</source>
            <translation>Ese comentario está en otro registro; una respuesta va en el mismo</translation>
        </message>
        <message>
            <source>A comment's {fields} cannot be changed</source>
            <translation>No se puede cambiar {fields} de un comentario</translation>
        </message>
        <message>
            <source>No {kind} with id {target_id}</source>
            <translation>Ningún {kind} con el id {target_id}</translation>
        </message>
        <message>
            <source>A comment goes on a {kinds}</source>
            <translation>Un comentario va en: {kinds}</translation>
        </message>
        <message>
            <source>A comment's audience is internal or shareable</source>
            <translation>Los destinatarios de un comentario son internal o shareable</translation>
        </message>
        <message>
            <source>An assessment's audience is internal or shareable</source>
            <translation>Los destinatarios de una evaluación son internal o shareable</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name</source>
            <translation>{path} ya existe; elija otro nombre</translation>
        </message>
        <message>
            <source>cannot build the demo log: its attached papers (attachments/index.json) are missing or malformed ({kind})</source>
            <translation>no se puede crear el registro de demostración: sus documentos adjuntos (attachments/index.json) faltan o están mal formados ({kind})</translation>
        </message>
        <message>
            <source>cannot build the demo log: a clause in its data files has the status {status!r}; known: {known}</source>
            <translation>no se puede crear el registro de demostración: una cláusula de sus archivos de datos tiene el estado {status!r}; conocidos: {known}</translation>
        </message>
        <message>
            <source>cannot build the demo log: its data file {path} {problem}</source>
            <extracomment>file -&gt; its top-level keys; every key is required the field that names a record of each table others refer to</extracomment>
            <translation>no se puede crear el registro de demostración: su archivo de datos {path} {problem}</translation>
        </message>
        <message>
            <source>cannot build the demo log: in its data file {path}, {place} {problem}</source>
            <translation>no se puede crear el registro de demostración: en su archivo de datos {path}, {place} {problem}</translation>
        </message>
        <message>
            <source>The converted copy fails its check ({problem}); nothing was changed</source>
            <translation>La copia convertida no supera la comprobación ({problem}); no se cambió nada</translation>
        </message>
        <message>
            <source>{file} is encrypted already; to change its passphrase use change-passphrase (nothing was changed)</source>
            <translation>{file} ya está cifrado; para cambiar su frase de contraseña use change-passphrase (no se cambió nada)</translation>
        </message>
        <message>
            <source>{file} is not encrypted; nothing was changed</source>
            <translation>{file} no está cifrado; no se cambió nada</translation>
        </message>
        <message>
            <source>{file} is not encrypted; encrypt it instead (nothing was changed)</source>
            <translation>{file} no está cifrado; cífrelo en su lugar (no se cambió nada)</translation>
        </message>
        <message>
            <source>Passphrase file {path} is a folder</source>
            <translation>El archivo de frase de contraseña {path} es una carpeta</translation>
        </message>
        <message>
            <source>Cannot read passphrase file {path} ({strerror})</source>
            <translation>No se puede leer el archivo de frase de contraseña {path} ({strerror})</translation>
        </message>
        <message>
            <source>Passphrase file {path} is over {limit} bytes; it should hold one line</source>
            <translation>El archivo de frase de contraseña {path} supera {limit} bytes; debe tener una sola línea</translation>
        </message>
        <message>
            <source>Passphrase file {path} is not UTF-8 text</source>
            <translation>El archivo de frase de contraseña {path} no es texto UTF-8</translation>
        </message>
        <message>
            <source>Passphrase file {path} is empty</source>
            <translation>El archivo de frase de contraseña {path} está vacío</translation>
        </message>
        <message>
            <source>Passphrase file {path} holds more than one line</source>
            <translation>El archivo de frase de contraseña {path} tiene más de una línea</translation>
        </message>
        <message>
            <source>Folder {parent} does not exist</source>
            <translation>La carpeta {parent} no existe</translation>
        </message>
        <message>
            <source>Cannot create {path}: {strerror}</source>
            <translation>No se puede crear {path}: {strerror}</translation>
        </message>
        <message>
            <source>{file} is an encrypted database of another application; it was left untouched</source>
            <translation>{file} es una base de datos cifrada de otra aplicación; no se modificó</translation>
        </message>
        <message>
            <source>{file} is damaged ({exc}); it was left untouched</source>
            <translation>{file} está dañado ({exc}); no se modificó</translation>
        </message>
        <message>
            <source>{file} is damaged ({problem}); it was left untouched</source>
            <translation>{file} está dañado ({problem}); no se modificó</translation>
        </message>
        <message>
            <source>{name} is damaged ({problem}); it was left untouched</source>
            <translation>{name} está dañado ({problem}); no se modificó</translation>
        </message>
        <message>
            <source>{name} is an encrypted database of another application</source>
            <translation>{name} es una base de datos cifrada de otra aplicación</translation>
        </message>
        <message>
            <source>{name} was replaced by another log while this window was locked; open it with File &gt; Open</source>
            <translation>{name} fue sustituido por otro registro mientras esta ventana estaba bloqueada; ábralo con Archivo &gt; Abrir</translation>
        </message>
        <message>
            <source>{name} was changed by another version of MineralsDesk while this window was locked; open it with File &gt; Open</source>
            <translation>{name} fue modificado por otra versión de MineralsDesk mientras esta ventana estaba bloqueada; ábralo con Archivo &gt; Abrir</translation>
        </message>
        <message>
            <source>{file} was written by a newer MineralsDesk (log schema {version}; this build knows up to {latest}). Install a newer version to open it.</source>
            <translation>{file} fue escrito por un MineralsDesk más reciente (esquema {version}; esta versión conoce hasta el {latest}). Instale una versión más reciente para abrirlo.</translation>
        </message>
        <message>
            <source>That clause belongs to another track than the round</source>
            <translation>Esa cláusula pertenece a otra vertiente que la ronda</translation>
        </message>
        <message>
            <source>That bracket is not one of the clause's</source>
            <translation>Ese corchete no es de la cláusula</translation>
        </message>
        <message>
            <source>Unknown signal {value!r}; use one of: {signals}</source>
            <translation>Señal desconocida {value!r}; use una de: {signals}</translation>
        </message>
        <message>
            <source>Unknown topic {name!r}; topics: {topics}</source>
            <translation>Tema desconocido {name!r}; temas: {topics}</translation>
        </message>
        <message>
            <source>Name a clause as TRACK:REF (e.g. MOU:Art. 5), not {label!r}</source>
            <translation>Nombre una cláusula como TRACK:REF (p. ej. MOU:Art. 5), no {label!r}</translation>
        </message>
        <message>
            <source>No clause {ref!r} in {track}; its clauses: {clauses}</source>
            <translation>No hay ninguna cláusula {ref!r} en {track}; sus cláusulas: {clauses}</translation>
        </message>
        <message>
            <source>{text!r} names clauses of several tracks; write it as TRACK REF (e.g. '{track} {ref}')</source>
            <translation>{text!r} designa cláusulas de varias vertientes; escríbalo como TRACK REF (p. ej. '{track} {ref}')</translation>
        </message>
        <message>
            <source>No clause {text!r}</source>
            <translation>No hay ninguna cláusula {text!r}</translation>
        </message>
        <message>
            <source>No round {text!r}; write it as TRACK NUMBER (e.g. 'MOU 2') or give its id</source>
            <translation>No hay ninguna ronda {text!r}; escríbala como TRACK NÚMERO (p. ej. 'MOU 2') o indique su id</translation>
        </message>
        <message>
            <source>No bracket {text!r}; write it as CLAUSE#N (the N-th open bracket) or give its id</source>
            <translation>No hay ningún corchete {text!r}; escríbalo como CLAUSE#N (el N-ésimo corchete abierto) o indique su id</translation>
        </message>
        <message>
            <source>No single commitment starting {text!r}; give more of its text or its id</source>
            <translation>Ningún compromiso único empieza por {text!r}; indique más texto o su id</translation>
        </message>
        <message>
            <source>No track {text!r}</source>
            <translation>No hay ninguna vertiente {text!r}</translation>
        </message>
        <message>
            <source>Reminder days must be a whole number from 0 (no reminder) to {limit}</source>
            <translation>Los días de aviso deben ser un número entero de 0 (sin aviso) a {limit}</translation>
        </message>
        <message>
            <source>No delegation member {key!r}; known initials: {known}</source>
            <translation>Ningún miembro de la delegación {key!r}; iniciales conocidas: {known}</translation>
        </message>
        <message>
            <source>No delegation member with id {member_id}</source>
            <translation>Ningún miembro de la delegación con el id {member_id}</translation>
        </message>
        <message>
            <source>{name} is named by {uses} note(s), intervention(s) or ownership(s); mark them inactive instead, so those keep their author</source>
            <translation>{name} figura en {uses} nota(s), intervención(es) o responsabilidad(es); márquelo inactivo en su lugar, para que conserven su autor</translation>
        </message>
        <message>
            <source>The initials {initials} are taken by {other}</source>
            <translation>Las iniciales {initials} ya las tiene {other}</translation>
        </message>
        <message>
            <source>A sync file is sealed with the delegation's passphrase: give --passphrase-file (an encrypted log uses its own passphrase)</source>
            <translation>Un archivo de sincronización se sella con la frase de contraseña de la delegación: indique --passphrase-file (un registro cifrado usa la suya)</translation>
        </message>
        <message>
            <source>{name}: an attached file's bytes do not match their SHA-256 ({digest}); nothing was imported</source>
            <translation>{name}: los bytes de un archivo adjunto no coinciden con su SHA-256 ({digest}); no se importó nada</translation>
        </message>
        <message>
            <source>Cannot read {name}: {strerror}</source>
            <translation>No se puede leer {name}: {strerror}</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk sync file; nothing was imported</source>
            <translation>{name} no es un archivo de sincronización de MineralsDesk; no se importó nada</translation>
        </message>
        <message>
            <source>{name} uses sync-file version {version}; this build reads version {known}</source>
            <translation>{name} usa la versión {version} del archivo de sincronización; esta versión lee la {known}</translation>
        </message>
        <message>
            <source>{name} is damaged (its header cannot be read); nothing was imported</source>
            <translation>{name} está dañado (no se puede leer su cabecera); no se importó nada</translation>
        </message>
        <message>
            <source>{name} comes from another delegation's log; nothing was imported</source>
            <translation>{name} procede del registro de otra delegación; no se importó nada</translation>
        </message>
        <message>
            <source>{name} was written by this laptop; import it on the colleague's</source>
            <translation>{name} se escribió en este portátil; impórtelo en el del colega</translation>
        </message>
        <message>
            <source>{name} was written for another laptop ({receiver}); nothing was imported</source>
            <translation>{name} se escribió para otro portátil ({receiver}); no se importó nada</translation>
        </message>
        <message>
            <source>{name} cannot be opened: wrong passphrase, or the file was altered; nothing was imported</source>
            <translation>{name} no se puede abrir: frase de contraseña incorrecta o archivo alterado; no se importó nada</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s change {seq} does not match its hash; nothing was imported</source>
            <translation>{name}: el cambio {seq} del portátil {short} no coincide con su hash; no se importó nada</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s changes are not a chain at {seq}; nothing was imported</source>
            <translation>{name}: los cambios del portátil {short} no forman una cadena en {seq}; no se importó nada</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s history was rewritten at change {seq}; nothing was imported</source>
            <translation>{name}: el historial del portátil {short} se reescribió en el cambio {seq}; no se importó nada</translation>
        </message>
        <message>
            <source>{name} is out of order: it starts at laptop {short}'s change {seq}, but this log holds only up to {held}; import the earlier file first</source>
            <translation>{name} está fuera de orden: empieza en el cambio {seq} del portátil {short}, pero este registro solo llega hasta {held}; importe primero el archivo anterior</translation>
        </message>
        <message>
            <source>No open sync conflict {conflict_id} (see `mineralsdesk sync conflicts`)</source>
            <translation>No hay ningún conflicto de sincronización abierto {conflict_id} (vea `mineralsdesk sync conflicts`)</translation>
        </message>
        <message>
            <source>{entity} {entity_id} was deleted on this laptop: only --ours can settle this conflict</source>
            <translation>{entity} {entity_id} se eliminó en este portátil: solo --ours puede resolver este conflicto</translation>
        </message>
        <message>
            <source>A creation or deletion conflict is settled with --ours (re-enter the record by hand)</source>
            <translation>Un conflicto de creación o eliminación se resuelve con --ours (vuelva a introducir el registro a mano)</translation>
        </message>
        <message>
            <source>{file} was not written</source>
            <translation>{file} no se escribió</translation>
        </message>
        <message>
            <source>The sync file changes a field this version does not know ({table}.{field}); update MineralsDesk, then import it again</source>
            <translation>El archivo de sincronización cambia un campo que esta versión no conoce ({table}.{field}); actualice MineralsDesk y vuelva a importarlo</translation>
        </message>
        <message>
            <source>No open sync conflict {conflict_id}; it was settled already</source>
            <translation>No hay ningún conflicto de sincronización abierto {conflict_id}; ya se resolvió</translation>
        </message>
        <message>
            <source>Party {code} exists already</source>
            <translation>La parte {code} ya existe</translation>
        </message>
        <message>
            <source>No track {ref!r}; tracks: {tracks}</source>
            <translation>No hay ninguna vertiente {ref!r}; vertientes: {tracks}</translation>
        </message>
        <message>
            <source>Track {ref} exists already</source>
            <translation>La vertiente {ref} ya existe</translation>
        </message>
        <message>
            <source>This track has rounds, clauses or commitments; it cannot be removed</source>
            <translation>Esta vertiente tiene rondas, cláusulas o compromisos; no se puede eliminar</translation>
        </message>
        <message>
            <source>This round has clause versions or positions; it cannot be removed</source>
            <translation>Esta ronda tiene versiones de cláusulas o posiciones; no se puede eliminar</translation>
        </message>
        <message>
            <source>{name} is too short to be an encrypted log; nothing was changed</source>
            <translation>{name} es demasiado corto para ser un registro cifrado; no se cambió nada</translation>
        </message>
        <message>
            <source>The passphrase is empty</source>
            <translation>La frase de contraseña está vacía</translation>
        </message>
        <message>
            <source>The passphrase contains a NUL character</source>
            <translation>La frase de contraseña contiene un carácter NUL</translation>
        </message>
        <message>
            <source>The passphrase is longer than {limit} characters</source>
            <translation>La frase de contraseña supera los {limit} caracteres</translation>
        </message>
        <message>
            <source>The passphrase has {count} characters; use at least {minimum}</source>
            <translation>La frase de contraseña tiene {count} caracteres; use al menos {minimum}</translation>
        </message>
        <message>
            <source>Wrong passphrase for {name} (or it is not a MineralsDesk log); nothing was changed</source>
            <translation>Frase de contraseña incorrecta para {name} (o no es un registro de MineralsDesk); no se cambió nada</translation>
        </message>
        <message>
            <source>No log at {path}</source>
            <translation>No hay ningún registro en {path}</translation>
        </message>
        <message>
            <source>{path} is a folder, not a MineralsDesk log</source>
            <translation>{path} es una carpeta, no un registro de MineralsDesk</translation>
        </message>
        <message>
            <source>Cannot read {path}: {strerror}</source>
            <translation>No se puede leer {path}: {strerror}</translation>
        </message>
        <message>
            <source>{file} is encrypted (or is not a MineralsDesk log): give its passphrase to open it</source>
            <translation>{file} está cifrado (o no es un registro de MineralsDesk): indique su frase de contraseña para abrirlo</translation>
        </message>
        <message>
            <source>{path} is not a MineralsDesk log ({what}); it was left untouched</source>
            <translation>{path} no es un registro de MineralsDesk ({what}); no se modificó</translation>
        </message>
        <message>
            <source>{path} is not a MineralsDesk log (truncated header); it was left untouched</source>
            <translation>{path} no es un registro de MineralsDesk (cabecera truncada); no se modificó</translation>
        </message>
        <message>
            <source>{path} is an SQLite file of another application; it was left untouched</source>
            <translation>{path} es un archivo SQLite de otra aplicación; no se modificó</translation>
        </message>
        <message>
            <source>{file} is not encrypted: open it without a passphrase (nothing was changed)</source>
            <translation>{file} no está cifrado: ábralo sin frase de contraseña (no se cambió nada)</translation>
        </message>
        <message>
            <source>Cannot switch {path} to WAL journaling (got {mode})</source>
            <translation>No se puede pasar {path} a registro WAL (se obtuvo {mode})</translation>
        </message>
        <message>
            <source>The disk is full: {outcome} and the log is unchanged. Free some space and try again.</source>
            <translation>El disco está lleno: {outcome} y el registro no cambió. Libere espacio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The disk reported a write error: {outcome}. Check the drive, then run `mineralsdesk check`.</source>
            <translation>El disco informó de un error de escritura: {outcome}. Revise la unidad y ejecute `mineralsdesk check`.</translation>
        </message>
        <message>
            <source>The file cannot be written (read-only file or medium): {outcome}.</source>
            <translation>No se puede escribir el archivo (archivo o soporte de solo lectura): {outcome}.</translation>
        </message>
        <message>
            <source>The log is busy: another window or program is writing to it. Try again.</source>
            <translation>El registro está ocupado: otra ventana u otro programa está escribiendo en él. Vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The log is open in another window or program; close it first</source>
            <translation>El registro está abierto en otra ventana u otro programa; ciérrelo primero</translation>
        </message>
        <message>
            <source>'{table}' must be a list of records</source>
            <translation>'{table}' debe ser una lista de registros</translation>
        </message>
        <message>
            <source>'{table}' record {number}</source>
            <translation>registro {number} de '{table}'</translation>
        </message>
        <message>
            <source>{where} is not an object</source>
            <translation>{where} no es un objeto</translation>
        </message>
        <message>
            <source>{where}, field '{name}': a value of the wrong type</source>
            <translation>{where}, campo '{name}': valor de tipo incorrecto</translation>
        </message>
        <message>
            <source>{where} is not valid: {kind}</source>
            <translation>{where} no es válido: {kind}</translation>
        </message>
        <message>
            <source>{where} has a value of the wrong type</source>
            <translation>{where} tiene un valor de tipo incorrecto</translation>
        </message>
        <message>
            <source>{where}: {exc}</source>
            <translation>{where}: {exc}</translation>
        </message>
        <message>
            <source>'{section}' {noun} {number} has unknown fields: {shown}</source>
            <translation>'{section}' {noun} {number} tiene campos desconocidos: {shown}</translation>
        </message>
        <message>
            <source>'{section}' {noun} {number} lacks fields: {fields}</source>
            <translation>'{section}' {noun} {number}: faltan campos: {fields}</translation>
        </message>
        <message>
            <source>'changes' must be a list of change-log entries with the documented fields</source>
            <translation>'changes' debe ser una lista de entradas del registro de cambios con los campos documentados</translation>
        </message>
        <message>
            <source>'changes' entry {entry} is not an object</source>
            <translation>la entrada {entry} de 'changes' no es un objeto</translation>
        </message>
        <message>
            <source>'changes' entry {entry}, field '{name}': a value of the wrong type</source>
            <translation>entrada {entry} de 'changes', campo '{name}': valor de tipo incorrecto</translation>
        </message>
        <message>
            <source>'blobs' must be a list of attached file contents</source>
            <translation>'blobs' debe ser una lista de contenidos de archivos adjuntos</translation>
        </message>
        <message>
            <source>'blobs' entry {entry} is not an object</source>
            <translation>la entrada {entry} de 'blobs' no es un objeto</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: a value of the wrong type</source>
            <translation>entrada {entry} de 'blobs': valor de tipo incorrecto</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: its base64 does not decode</source>
            <translation>entrada {entry} de 'blobs': su base64 no se decodifica</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: its bytes do not match their size and SHA-256</source>
            <translation>entrada {entry} de 'blobs': sus bytes no coinciden con su tamaño y SHA-256</translation>
        </message>
        <message>
            <source>A dump can only be imported into a new, empty log</source>
            <translation>Un volcado solo puede importarse en un registro nuevo y vacío</translation>
        </message>
        <message>
            <source>unknown sections in the dump: {sections}</source>
            <translation>secciones desconocidas en el volcado: {sections}</translation>
        </message>
        <message>
            <source>'meta' must map setting names to text</source>
            <translation>'meta' debe asociar nombres de ajustes a texto</translation>
        </message>
        <message>
            <source>'parties': {exc}</source>
            <translation>'parties': {exc}</translation>
        </message>
        <message>
            <source>the dump's records contradict each other ({exc})</source>
            <translation>los registros del volcado se contradicen ({exc})</translation>
        </message>
        <message>
            <source>'{table}' refers to a missing record in '{parent}'</source>
            <translation>'{table}' remite a un registro que falta en '{parent}'</translation>
        </message>
        <message>
            <source>the change log in the dump was edited ({problem}); nothing was imported (to take its records alone as a new starting point, import it with --new-start)</source>
            <translation>el registro de cambios del volcado se editó ({problem}); no se importó nada (para tomar solo sus registros como nuevo punto de partida, impórtelo con --new-start)</translation>
        </message>
        <message>
            <source>{target} is a folder; give a file name to write</source>
            <translation>{target} es una carpeta; indique un nombre de archivo para escribir</translation>
        </message>
        <message>
            <source>{target} is the open log ({log_name}); nothing was written</source>
            <translation>{target} es el registro abierto ({log_name}); no se escribió nada</translation>
        </message>
        <message>
            <source>{target} is the open log journal ({log_name}); nothing was written</source>
            <translation>{target} es el archivo de diario del registro abierto ({log_name}); no se escribió nada</translation>
        </message>
        <message>
            <source>{target} is the journal of a MineralsDesk log; nothing was written</source>
            <translation>{target} es el archivo de diario de un registro de MineralsDesk; no se escribió nada</translation>
        </message>
        <message>
            <source>{target} cannot be read, so it cannot be checked that it is not a log; nothing was written</source>
            <translation>{target} no se puede leer, así que no se puede comprobar que no sea un registro; no se escribió nada</translation>
        </message>
        <message>
            <source>{target} is a MineralsDesk log; choose another name (nothing was written)</source>
            <translation>{target} es un registro de MineralsDesk; elija otro nombre (no se escribió nada)</translation>
        </message>
        <message>
            <source>{file} does not end in {suffix}; name the file NAME{suffix} (nothing was written)</source>
            <translation>{file} no termina en {suffix}; llame al archivo NOMBRE{suffix} (no se escribió nada)</translation>
        </message>
        <message>
            <source>{file} cannot be decompressed ({exc})</source>
            <translation>{file} no se puede descomprimir ({exc})</translation>
        </message>
        <message>
            <source>The log is open in another window or program; close it first (nothing was changed)</source>
            <translation>El registro está abierto en otra ventana u otro programa; ciérrelo primero (no se cambió nada)</translation>
        </message>
        <message>
            <source>{folder} or {file} cannot be written; nothing was changed</source>
            <translation>No se puede escribir en {folder} o {file}; no se cambió nada</translation>
        </message>
        <message>
            <source>Cannot write beside {file} ({strerror}); nothing was changed</source>
            <translation>No se puede escribir junto a {file} ({strerror}); no se cambió nada</translation>
        </message>
        <message>
            <source>The converted copy has different row counts; nothing was changed</source>
            <translation>La copia convertida tiene otro número de filas; no se cambió nada</translation>
        </message>
        <message>
            <source>{file} is not a MineralsDesk log; nothing was changed</source>
            <translation>{file} no es un registro de MineralsDesk; no se cambió nada</translation>
        </message>
        <message>
            <source>The converted copy fails SQLite's quick_check; nothing was changed</source>
            <translation>La copia convertida no supera el quick_check de SQLite; no se cambió nada</translation>
        </message>
        <message>
            <source>No {record} with id {record_id}</source>
            <translation>Ningún {record} con el id {record_id}</translation>
        </message>
        <message>
            <source>This {record} was changed elsewhere since it was shown (another window or program); the view has been refreshed, please redo the edit.</source>
            <translation>Este elemento ({record}) se modificó en otro lugar desde que se mostró (otra ventana u otro programa); la vista se actualizó, repita la edición.</translation>
        </message>
        <message>
            <source>Cannot search for that: try plain words or "a phrase"</source>
            <translation>No se puede buscar eso: pruebe con palabras sueltas o "una frase"</translation>
        </message>
        <message>
            <source>{operator} needs a word on each side</source>
            <translation>{operator} necesita una palabra a cada lado</translation>
        </message>
        <message>
            <source>-word leaves a word out: add a word to search for, e.g. lithium -cobalt</source>
            <translation>-palabra excluye una palabra: añada una palabra que buscar, p. ej. lithium -cobalt</translation>
        </message>
        <message>
            <source>Type a word to search for</source>
            <translation>Escriba una palabra que buscar</translation>
        </message>
        <message>
            <source>A quotation mark is not closed</source>
            <translation>Unas comillas no están cerradas</translation>
        </message>
        <message>
            <source>A distance such as , 5 belongs inside NEAR(word word, 5)</source>
            <translation>Una distancia como , 5 va dentro de NEAR(palabra palabra, 5)</translation>
        </message>
        <message>
            <source>A parenthesis is not matched</source>
            <translation>Un paréntesis no está emparejado</translation>
        </message>
        <message>
            <source>NEAR(...) takes words and "phrases" only, e.g. NEAR(price floor, 5)</source>
            <translation>NEAR(...) solo admite palabras y "frases", p. ej. NEAR(price floor, 5)</translation>
        </message>
        <message>
            <source>NEAR needs two or more words, e.g. NEAR(price floor, 5)</source>
            <translation>NEAR necesita dos o más palabras, p. ej. NEAR(price floor, 5)</translation>
        </message>
        <message>
            <source>This log has no workbook key yet; open it for writing once, then export again</source>
            <translation>Este registro aún no tiene clave de libro; ábralo una vez para escritura y vuelva a exportar</translation>
        </message>
        <message>
            <source>{name}: an Excel summary must end in .xlsx</source>
            <translation>{name}: un resumen Excel debe terminar en .xlsx</translation>
        </message>
        <message>
            <source>{name} was not exported from this log (it has no workbook key yet)</source>
            <translation>{name} no se exportó desde este registro (aún no tiene clave de libro)</translation>
        </message>
        <message>
            <source>{cell}: a shareable workbook cannot change internal fields; nothing was applied</source>
            <translation>{cell}: un libro compartible no puede cambiar campos internos; no se aplicó nada</translation>
        </message>
        <message>
            <source>{name}: the log refused a change ({reason}); nothing was applied</source>
            <translation>{name}: el registro rechazó un cambio ({reason}); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches nothing in this log (was it deleted, or is the workbook from another log?); nothing was applied</source>
            <translation>{cell}: el Id. del registro no corresponde a nada en este registro (¿se eliminó, o el libro procede de otro registro?); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: {reason} Nothing was applied.</source>
            <translation>{cell}: {reason} No se aplicó nada.</translation>
        </message>
        <message>
            <source>{cell}: {reason}; nothing was applied</source>
            <translation>{cell}: {reason}; no se aplicó nada</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk Excel summary (it has no Summary sheet); only workbooks exported by MineralsDesk can be imported</source>
            <translation>{name} no es un resumen Excel de MineralsDesk (no tiene hoja de resumen); solo se pueden importar libros exportados por MineralsDesk</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk Excel summary (its Summary sheet was not written by MineralsDesk)</source>
            <translation>{name} no es un resumen Excel de MineralsDesk (su hoja de resumen no la escribió MineralsDesk)</translation>
        </message>
        <message>
            <source>{cell}: the Audience cell was changed (it must say '{internal}' or '{shareable}'); nothing was applied</source>
            <translation>{cell}: se cambió la celda Destinatarios (debe decir «{internal}» o «{shareable}»); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the Rows cell is missing or was changed (workbooks exported before import tags existed cannot be imported: export the summary again); nothing was applied</source>
            <translation>{cell}: falta la celda Filas o se cambió (los libros exportados antes de existir las etiquetas de importación no se pueden importar: exporte de nuevo el resumen); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the Import tag is missing or was changed (workbooks exported before import tags existed cannot be imported: export the summary again); nothing was applied</source>
            <translation>{cell}: falta la etiqueta de importación o se cambió (los libros exportados antes de existir las etiquetas de importación no se pueden importar: exporte de nuevo el resumen); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: this workbook was exported as {audience}, and its Audience cell was changed; nothing was applied</source>
            <translation>{cell}: este libro se exportó como {audience}, y se cambió su celda Destinatarios; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the workbook does not match its Import tag: it was exported from another log or in another language, or its Rows cell, sheets or columns were changed; nothing was applied</source>
            <translation>{cell}: el libro no coincide con su etiqueta de importación: se exportó desde otro registro o en otro idioma, o se cambiaron su celda Filas, sus hojas o sus columnas; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: unexpected column '{found}' (columns must not be added); nothing was applied</source>
            <translation>{cell}: columna inesperada «{found}» (no deben añadirse columnas); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: expected the column '{wanted}', found {found} (columns must not be renamed, moved or removed); nothing was applied</source>
            <translation>{cell}: se esperaba la columna «{wanted}», se encontró {found} (las columnas no deben renombrarse, moverse ni eliminarse); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not a {column}; use one of {allowed}; nothing was applied</source>
            <translation>{cell}: «{value}» no es un valor de {column}; use {allowed}; no se aplicó nada</translation>
        </message>
        <message>
            <source>{name} has no sheet named '{sheet}' (sheets must not be renamed or removed); nothing was applied</source>
            <translation>{name} no tiene ninguna hoja llamada «{sheet}» (las hojas no deben renombrarse ni eliminarse); no se aplicó nada</translation>
        </message>
        <message>
            <source>{name} could not be read as an Excel workbook ({kind})</source>
            <translation>{name} no se pudo leer como libro de Excel ({kind})</translation>
        </message>
        <message>
            <source>{cell}: the row has no Record id (rows cannot be added in Excel; add records in the app); nothing was applied</source>
            <translation>{cell}: la fila no tiene Id. del registro (no se pueden añadir filas en Excel; añada los registros en la aplicación); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the hidden Check cell was changed or removed; nothing was applied</source>
            <translation>{cell}: se cambió o eliminó la celda oculta Control; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the row does not match its tag (its hidden Record id, Row version or Check cell was changed, or the row was copied from another workbook); nothing was applied</source>
            <translation>{cell}: la fila no coincide con su etiqueta (se cambió su Id. del registro, su versión o su celda Control ocultos, o la fila se copió de otro libro); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the same Record id is also on row {other} (rows must not be copied); nothing was applied</source>
            <translation>{cell}: el mismo Id. del registro está también en la fila {other} (las filas no deben copiarse); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the hidden Record id and Row version columns must not be edited; nothing was applied</source>
            <translation>{cell}: las columnas ocultas Id. del registro y Versión de la fila no deben editarse; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the cell holds a formula; type the value itself; nothing was applied</source>
            <translation>{cell}: la celda contiene una fórmula; escriba el valor en sí; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: this column was edited but cannot be imported (only green columns can); change it in the app; nothing was applied</source>
            <translation>{cell}: esta columna se editó pero no se puede importar (solo las columnas verdes); cámbiela en la aplicación; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the hidden Row version is not a number; nothing was applied</source>
            <translation>{cell}: la versión de la fila oculta no es un número; no se aplicó nada</translation>
        </message>
        <message>
            <source>{sheet}: a shareable workbook has no Comments sheet (this one was added); nothing was applied</source>
            <translation>{sheet}: un libro compartible no tiene hoja Comentarios (esta se añadió); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the headers were changed (columns must not be renamed, moved, added or removed); nothing was applied</source>
            <translation>{cell}: se cambiaron los encabezados (las columnas no deben renombrarse, moverse, añadirse ni eliminarse); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: a new comment's row has no Record id but hidden cells of a copied row; type a new comment in an empty row; nothing was applied</source>
            <translation>{cell}: la fila de un comentario nuevo no tiene Id. del registro pero sí celdas ocultas de una fila copiada; escriba el comentario nuevo en una fila vacía; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the hidden {id} and {rev} columns must not be edited; nothing was applied</source>
            <translation>{cell}: las columnas ocultas {id} y {rev} no deben editarse; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: this column of an existing comment cannot be changed (only {text} and {resolved} can); change it in the app, or add a new comment in a new row; nothing was applied</source>
            <translation>{cell}: esta columna de un comentario existente no se puede cambiar (solo {text} y {resolved}); cámbiela en la aplicación o añada un comentario nuevo en una fila nueva; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not {yes} or {no}; nothing was applied</source>
            <translation>{cell}: «{value}» no es {yes} ni {no}; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: a reply has no {resolved} of its own; set it on the thread's first row; nothing was applied</source>
            <translation>{cell}: una respuesta no tiene {resolved} propio; indíquelo en la primera fila del hilo; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: a reply takes its thread's record: leave {on} and {target} empty; nothing was applied</source>
            <translation>{cell}: una respuesta toma el registro de su hilo: deje {on} y {target} vacíos; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: a new comment needs {on} and {target} (or the {thread} it replies to); nothing was applied</source>
            <translation>{cell}: un comentario nuevo necesita {on} y {target} (o el {thread} al que responde); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not {internal} or {shareable}; nothing was applied</source>
            <translation>{cell}: «{value}» no es {internal} ni {shareable}; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: a shareable workbook cannot name owners; nothing was applied</source>
            <translation>{cell}: un libro compartible no puede designar responsables; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not on the delegation roster; use initials from it ({known}); nothing was applied</source>
            <translation>{cell}: «{value}» no está en la lista de la delegación; use iniciales de ella ({known}); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches nothing in this log; nothing was applied</source>
            <translation>{cell}: el Id. del registro no corresponde a nada en este registro; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches no comment in this log (was it deleted?); nothing was applied</source>
            <translation>{cell}: el Id. del registro no corresponde a ningún comentario de este registro (¿se eliminó?); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: a comment's text cannot be emptied (delete the comment in the app); nothing was applied</source>
            <translation>{cell}: el texto de un comentario no puede vaciarse (elimine el comentario en la aplicación); no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: a new comment needs its text; nothing was applied</source>
            <translation>{cell}: un comentario nuevo necesita su texto; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: no thread {thread} on this sheet; nothing was applied</source>
            <translation>{cell}: no hay ningún hilo {thread} en esta hoja; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not one of {allowed}; nothing was applied</source>
            <translation>{cell}: «{value}» no es uno de {allowed}; no se aplicó nada</translation>
        </message>
        <message>
            <source>{cell}: not a date and time (write it as 2026-02-10 14:30, or leave it empty); nothing was applied</source>
            <translation>{cell}: no es una fecha y hora (escriba 2026-02-10 14:30, o déjelo vacío); no se aplicó nada</translation>
        </message>
        <message>
            <source>Excel import is disabled: the defusedxml package is missing, and without it a workbook could carry an XML entity attack. Reinstall MineralsDesk.</source>
            <translation>La importación de Excel está desactivada: falta el paquete defusedxml y, sin él, un libro podría contener un ataque de entidades XML. Reinstale MineralsDesk.</translation>
        </message>
        <message>
            <source>{name} is {size} MB; workbooks over {limit} MB are not imported</source>
            <translation>{name} ocupa {size} MB; no se importan libros de más de {limit} MB</translation>
        </message>
        <message>
            <source>{name} is an old-style .xls or a password-protected workbook: give a protected one's password (the app asks; the command line takes --password-file or asks), or save an .xls as .xlsx and import that</source>
            <translation>{name} es un .xls antiguo o un libro protegido con contraseña: indique la contraseña de uno protegido (la aplicación la pide; la línea de órdenes acepta --password-file o la pide), o guarde un .xls como .xlsx e importe ese</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook (.xlsx)</source>
            <translation>{name} no es un libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <source>{name} is not a readable Excel workbook (its zip structure is damaged)</source>
            <translation>{name} no es un libro de Excel legible (su estructura zip está dañada)</translation>
        </message>
        <message>
            <source>{name}: part [Content_Types].xml is {size} MB; an Excel summary's is a few KB; refused</source>
            <translation>{name}: la parte [Content_Types].xml ocupa {size} MB; la de un resumen Excel ocupa unos pocos KB; rechazado</translation>
        </message>
        <message>
            <source>{name}: part {part} is {size} MB; parts other than sheets are imported up to {limit} MB</source>
            <translation>{name}: la parte {part} ocupa {size} MB; las partes que no son hojas se importan hasta {limit} MB</translation>
        </message>
        <message>
            <source>{name}: its shared strings unpack to {size} MB; at most {limit} MB are imported; refused</source>
            <translation>{name}: sus cadenas compartidas ocupan {size} MB descomprimidas; se importan como máximo {limit} MB; rechazado</translation>
        </message>
        <message>
            <source>{name}: its shared-strings table holds more than {limit} entries, more than an Excel summary needs; refused</source>
            <translation>{name}: su tabla de cadenas compartidas tiene más de {limit} entradas, más de las que necesita un resumen Excel; rechazado</translation>
        </message>
        <message>
            <source>The log was locked or closed before this work could read it: nothing was done. Run it again.</source>
            <translation>El registro se bloqueó o se cerró antes de que este trabajo pudiera leerlo: no se hizo nada. Vuelva a ejecutarlo.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export negotiating text (Akoma Ntoso)</source>
            <translation>Exportar texto de negociación (Akoma Ntoso)</translation>
        </message>
        <message>
            <source>Written to
{path}</source>
            <translation>Escrito en
{path}</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportar calendario</translation>
        </message>
        <message>
            <source>commitments carry our internal compliance assessments</source>
            <translation>los compromisos llevan nuestras evaluaciones internas de cumplimiento</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>&amp;Internal — everything, marked LIMITED — INTERNAL</source>
            <translation>&amp;Interno — todo, marcado RESTRINGIDO — INTERNO</translation>
        </message>
        <message>
            <source>S&amp;hareable — for counterparts: no red lines, fallbacks or internal notes</source>
            <translation>&amp;Compartible — sin líneas rojas, repliegues ni notas internas</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>E&amp;legir…</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <source>&amp;Tracks</source>
            <translation>&amp;Vertientes</translation>
        </message>
        <message>
            <source>The language of the document's own words: headings, labels, markings and dates. The log's text is printed as written.</source>
            <translation>El idioma de las palabras propias del documento: títulos, etiquetas, marcas y fechas. El texto del registro se imprime tal como está escrito.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Guardar &amp;como</translation>
        </message>
        <message>
            <source>Protect with a pass&amp;word (share it by another channel)</source>
            <translation>Proteger con &amp;contraseña (compártala por otro canal)</translation>
        </message>
        <message>
            <source>password</source>
            <translation>contraseña</translation>
        </message>
        <message>
            <source>the same password again</source>
            <translation>la misma contraseña otra vez</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>The two passwords differ; type the same password twice (nothing was written).</source>
            <translation>Las dos contraseñas no coinciden; escriba la misma dos veces (no se ha escrito nada).</translation>
        </message>
        <message>
            <source>includes our red lines, fallbacks and internal notes</source>
            <translation>incluye nuestras líneas rojas, posiciones de repliegue y notas internas</translation>
        </message>
        <message>
            <source>Tick at least one track.</source>
            <translation>Marque al menos una vertiente.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Internal:&lt;/b&gt; {warning}. Do not send it to other delegations.</source>
            <translation>&lt;b&gt;Interno:&lt;/b&gt; {warning}. No lo envíe a otras delegaciones.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out of this document:&lt;/b&gt; {fields} (of {party}'s positions)</source>
            <translation>&lt;b&gt;Excluido de este documento:&lt;/b&gt; {fields} (de las posiciones de {party})</translation>
        </message>
        <message>
            <source> and 1 internal compliance assessment</source>
            <translation> y 1 evaluación interna de cumplimiento</translation>
        </message>
        <message>
            <source> and {n} internal compliance assessments</source>
            <translation> y {n} evaluaciones internas de cumplimiento</translation>
        </message>
        <message>
            <source>&amp;Open it</source>
            <translation>&amp;Abrirlo</translation>
        </message>
        <message>
            <source>Export briefing PDF</source>
            <translation>Exportar nota informativa (PDF)</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta EE. UU.</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>&amp;Papel</translation>
        </message>
        <message>
            <source>&amp;Marking</source>
            <translation>&amp;Marca</translation>
        </message>
        <message>
            <source>none (shareable)</source>
            <translation>ninguna (compartible)</translation>
        </message>
        <message>
            <source>Export Excel summary</source>
            <translation>Exportar resumen Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export negotiating text (Word)</source>
            <translation>Exportar texto de negociación (Word)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Documento Word (*.docx)</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>round {number} ({date})</source>
            <translation>ronda {number} ({date})</translation>
        </message>
        <message>
            <source>no round yet</source>
            <translation>todavía ninguna ronda</translation>
        </message>
        <message>
            <source>{articles}, {brackets}, {when}</source>
            <translation>{articles}, {brackets}, {when}</translation>
        </message>
        <message>
            <source>{n} article</source>
            <translation>{n} artículo</translation>
        </message>
        <message>
            <source>{n} articles</source>
            <translation>{n} artículos</translation>
        </message>
        <message>
            <source>{n} bracket</source>
            <translation>{n} corchete</translation>
        </message>
        <message>
            <source>{n} brackets</source>
            <translation>{n} corchetes</translation>
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
        <name>Imports</name>
        <message>
            <source>No party yet for: {authors} (add --author "NAME=PARTY")</source>
            <translation>Todavía sin parte para: {authors} (añada --author "NOMBRE=PARTE")</translation>
        </message>
        <message>
            <source>(dry run: nothing was written)</source>
            <translation>(simulación: no se ha escrito nada)</translation>
        </message>
        <message>
            <source>Imported: {what}</source>
            <translation>Importado: {what}</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nuevo</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modificado</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by ref, {score})</source>
            <translation>-&gt; {ref} (por referencia, {score})</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by title, {score})</source>
            <translation>-&gt; {ref} (por título, {score})</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by text, {score})</source>
            <translation>-&gt; {ref} (por texto, {score})</translation>
        </message>
        <message>
            <source>-&gt; new clause (proposed)</source>
            <translation>-&gt; nueva cláusula (propuesta)</translation>
        </message>
        <message>
            <source>redline: {redline}</source>
            <translation>control de cambios: {redline}</translation>
        </message>
        <message>
            <source>{author} proposes: {redline}</source>
            <translation>{author} propone: {redline}</translation>
        </message>
        <message>
            <source>brackets opened: {brackets}</source>
            <translation>corchetes abiertos: {brackets}</translation>
        </message>
        <message>
            <source>brackets resolved: {brackets}</source>
            <translation>corchetes resueltos: {brackets}</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>PROBLEMA: {problem}</translation>
        </message>
        <message>
            <source>{file} (sha256 {digest}) into {track}: {articles} article(s): {changed} changed, {unchanged} unchanged, {new} new; {absent} clause(s) absent from the file</source>
            <translation>{file} (sha256 {digest}) en {track}: {articles} artículo(s): {changed} modificado(s), {unchanged} sin cambios, {new} nuevo(s); {absent} cláusula(s) ausente(s) del archivo</translation>
        </message>
        <message>
            <source>absent from the file (kept, not deleted): {ref} {title}</source>
            <translation>ausente del archivo (conservada, no eliminada): {ref} {title}</translation>
        </message>
        <message>
            <source>tracked changes by: {authors}</source>
            <translation>cambios registrados de: {authors}</translation>
        </message>
        <message>
            <source>{versions} new version(s) of existing clauses, {clauses} new clause(s); clauses absent from the file were kept</source>
            <translation>{versions} nueva(s) versión(es) de cláusulas existentes, {clauses} nueva(s) cláusula(s); se han conservado las cláusulas ausentes del archivo</translation>
        </message>
        <message>
            <source>{record}, {field}: {old} -&gt; {new}</source>
            <translation>{record}, {field}: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>… and {n} more change (not listed)</source>
            <translation>… y {n} cambio más (no listado)</translation>
        </message>
        <message>
            <source>… and {n} more changes (not listed)</source>
            <translation>… y {n} cambios más (no listados)</translation>
        </message>
        <message>
            <source>{n} row of the export is missing from {sheet}: not deleted from the log (delete records in the app)</source>
            <translation>Falta {n} fila de la exportación en {sheet}: no se elimina del registro (elimine los registros en la aplicación)</translation>
        </message>
        <message>
            <source>{n} rows of the export are missing from {sheet}: not deleted from the log (delete records in the app)</source>
            <translation>Faltan {n} filas de la exportación en {sheet}: no se eliminan del registro (elimine los registros en la aplicación)</translation>
        </message>
        <message>
            <source>{file}: no changes to import</source>
            <translation>{file}: no hay cambios que importar</translation>
        </message>
        <message>
            <source>{file}: {count} change(s) applied</source>
            <translation>{file}: {count} cambio(s) aplicado(s)</translation>
        </message>
        <message>
            <source>{file}: {count} change(s) would be applied (dry run; nothing written)</source>
            <translation>{file}: se aplicarían {count} cambio(s) (simulación; no se escribe nada)</translation>
        </message>
        <message>
            <source>{count} conflict(s), not applied (resolve them in the app):</source>
            <translation>{count} conflicto(s), no aplicado(s) (resuélvalos en la aplicación):</translation>
        </message>
        <message>
            <source>{sheet}, row {row}</source>
            <translation>{sheet}, fila {row}</translation>
        </message>
        <message>
            <source>{sheet}, row {row}, column {column}</source>
            <translation>{sheet}, fila {row}, columna {column}</translation>
        </message>
        <message>
            <source>{sheet}, row {row}, column {column} ({header})</source>
            <translation>{sheet}, fila {row}, columna {column} ({header})</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: changed in the log since the export</source>
            <translation>{cell} ({record}), {field}: modificado en el registro desde la exportación</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: changed in the log since the export (now {now}); the workbook says {says}</source>
            <translation>{cell} ({record}), {field}: modificado en el registro desde la exportación (ahora {now}); el libro dice {says}</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: the text was cut to fit Excel and cannot replace the full text; edit it in the app</source>
            <translation>{cell} ({record}), {field}: el texto se recortó para caber en Excel y no puede reemplazar el texto completo; edítelo en la aplicación</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(nadie)</translation>
        </message>
        <message>
            <source>Comment {text}</source>
            <translation>Comentario {text}</translation>
        </message>
        <message>
            <source>New comment on {kind} {target}</source>
            <translation>Nuevo comentario sobre {kind} {target}</translation>
        </message>
        <message>
            <source>New comment on {kind} thread {thread}</source>
            <translation>Nuevo comentario sobre {kind}, hilo {thread}</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed.</source>
            <translation>Frase de contraseña incorrecta: no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>{title}: nothing was changed</source>
            <translation>{title}: no se ha cambiado nada</translation>
        </message>
        <message>
            <source>Encrypt log</source>
            <translation>Cifrar el registro</translation>
        </message>
        <message>
            <source>The log, its journal and every backup from now on are encrypted. There is no recovery: a lost passphrase loses the log.</source>
            <translation>El registro, su diario y cada copia de seguridad a partir de ahora quedan cifrados. No hay recuperación: perder la frase de contraseña es perder el registro.</translation>
        </message>
        <message>
            <source>{name} is now encrypted</source>
            <translation>{name} ya está cifrado</translation>
        </message>
        <message>
            <source>Plain backups remain</source>
            <translation>Quedan copias sin cifrar</translation>
        </message>
        <message>
            <source>{n} backup(s) taken before the log was encrypted can still be read without the passphrase. Remove them? (A removed file may survive on the disk's blocks: full-disk encryption is the answer to that.)</source>
            <translation>{n} copia(s) hecha(s) antes de cifrar el registro aún se puede(n) leer sin la frase de contraseña. ¿Quitarlas? (Un archivo quitado puede sobrevivir en los bloques del disco: el cifrado del disco completo es la respuesta.)</translation>
        </message>
        <message>
            <source>Remove them</source>
            <translation>Quitarlas</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Conservarlas</translation>
        </message>
        <message>
            <source>Decrypt log</source>
            <translation>Descifrar el registro</translation>
        </message>
        <message>
            <source>Store {name} unencrypted? Anyone who gets the file can then read it, red lines and fallbacks included.</source>
            <translation>¿Guardar {name} sin cifrar? Cualquiera que obtenga el archivo podrá leerlo, líneas rojas y posiciones de repliegue incluidas.</translation>
        </message>
        <message>
            <source>{name} is no longer encrypted</source>
            <translation>{name} ya no está cifrado</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>Older backups keep the old passphrase.</source>
            <translation>Las copias anteriores conservan la frase de contraseña antigua.</translation>
        </message>
        <message>
            <source>The passphrase was changed</source>
            <translation>Se cambió la frase de contraseña</translation>
        </message>
        <message>
            <source>Lock after idle</source>
            <translation>Bloquear tras inactividad</translation>
        </message>
        <message>
            <source>Lock the window after this many minutes without input (0: never):</source>
            <translation>Bloquear la ventana tras estos minutos sin actividad (0: nunca):</translation>
        </message>
        <message>
            <source>This log is not encrypted: the lock only hides the screens, so anyone at this computer can unlock it, and the file itself can be read without the app. File &gt; Encrypt log… protects it.</source>
            <translation>Este registro no está cifrado: el bloqueo solo oculta las pantallas, así que cualquiera en este equipo puede desbloquearlo, y el archivo se puede leer sin la aplicación. Archivo &gt; Cifrar el registro… lo protege.</translation>
        </message>
        <message>
            <source>The log is closed. Type its passphrase to unlock it; the undo history is kept.</source>
            <translation>El registro está cerrado. Escriba su frase de contraseña para desbloquearlo; el historial para deshacer se conserva.</translation>
        </message>
        <message>
            <source>MineralsDesk is locked</source>
            <translation>MineralsDesk está bloqueado</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed. Try again.</source>
            <translation>Frase de contraseña incorrecta: no se ha cambiado nada. Inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its passphrase to open it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; está cifrado. Escriba su frase de contraseña para abrirlo.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its passphrase to {purpose} it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; está cifrado. Escriba su frase de contraseña ({purpose}).</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed. Try again (check Caps Lock and the keyboard layout).</source>
            <translation>Frase de contraseña incorrecta: no se ha cambiado nada. Inténtelo de nuevo (compruebe Bloq Mayús y la distribución del teclado).</translation>
        </message>
        <message>
            <source>&amp;Encrypt with a passphrase (there is no recovery if it is lost)</source>
            <translation>&amp;Cifrar con una frase de contraseña (si se pierde, no hay recuperación)</translation>
        </message>
        <message>
            <source>at least 10 characters; four or five random words</source>
            <translation>al menos 10 caracteres; cuatro o cinco palabras al azar</translation>
        </message>
        <message>
            <source>the same again</source>
            <translation>la misma otra vez</translation>
        </message>
        <message>
            <source>Confirm {label}</source>
            <translation>Confirmar: {label}</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>Strength: {strength}</source>
            <translation>Robustez: {strength}</translation>
        </message>
        <message>
            <source>The two passphrases differ</source>
            <translation>Las dos frases de contraseña no coinciden</translation>
        </message>
    </context>
    <context>
        <name>Log</name>
        <message>
            <source>This log's history was keyed on this computer ({count} baseline entries written); see docs/safety.md, Tampering.</source>
            <translation>El historial de cambios de este registro se ha sellado en este ordenador ({count} entradas de referencia escritas); véase docs/safety.md, Tampering.</translation>
        </message>
        <message>
            <source>Change log: {problem}</source>
            <translation>Historial de cambios: {problem}</translation>
        </message>
        <message>
            <source>record: {problem}</source>
            <translation>registro: {problem}</translation>
        </message>
        <message>
            <source>change log: {problem}</source>
            <translation>historial de cambios: {problem}</translation>
        </message>
        <message>
            <source>taken as a new starting point: the dump's history was not kept ({count} entries record its records as found)</source>
            <translation>tomado como nuevo punto de partida: no se ha conservado el historial de cambios del volcado ({count} entradas registran sus registros tal como se encontraron)</translation>
        </message>
        <message>
            <source>authenticated with this computer's key</source>
            <translation>autenticado con la clave de este ordenador</translation>
        </message>
        <message>
            <source>consistent but not authenticated (this computer has no key for the log it came from)</source>
            <translation>coherente pero no autenticado (este ordenador no tiene clave para el registro de origen)</translation>
        </message>
        <message>
            <source>history kept: {seq} entries, head {head}, {trust}</source>
            <translation>historial de cambios conservado: {seq} entradas, cabeza {head}, {trust}</translation>
        </message>
        <message>
            <source>{name} is read-only (the file or its folder cannot be written): it is open for reading only</source>
            <translation>{name} es de solo lectura (no se puede escribir en el archivo o en su carpeta): está abierto solo para lectura</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made: {exc}</source>
            <translation>No se ha podido hacer la copia de seguridad automática de hoy: {exc}</translation>
        </message>
        <message>
            <source>clause order: {stale} clause sort key(s) missing or out of date (the Clauses table may list those clauses out of order)</source>
            <translation>orden de las cláusulas: {stale} clave(s) de ordenación ausente(s) o desactualizada(s) (la tabla de cláusulas puede listarlas desordenadas)</translation>
        </message>
        <message>
            <source>clause filter: the word index disagrees with the clauses (the Clauses table's filter may miss or show clauses)</source>
            <translation>filtro de cláusulas: el índice de palabras no coincide con las cláusulas (el filtro de la tabla de cláusulas puede omitir o mostrar cláusulas por error)</translation>
        </message>
        <message>
            <source>dashboard counts: {stale} kept count(s) differ from the records (the dashboard cards may show wrong numbers)</source>
            <translation>recuentos del panel: {stale} recuento(s) guardado(s) difiere(n) de los registros (las tarjetas del panel pueden mostrar cifras erróneas)</translation>
        </message>
        <message>
            <source>attached file content {digest}: its bytes do not match their SHA-256 (altered outside the app)</source>
            <translation>contenido de adjunto {digest}: sus bytes no coinciden con su SHA-256 (alterado fuera de la aplicación)</translation>
        </message>
        <message>
            <source>attached file content {digest}: size {size} differs from the stored {stored}</source>
            <translation>contenido de adjunto {digest}: el tamaño {size} difiere del guardado {stored}</translation>
        </message>
        <message>
            <source>attachment {id} ({name}): its content {digest} is missing or of another size</source>
            <translation>adjunto {id} ({name}): su contenido {digest} falta o tiene otro tamaño</translation>
        </message>
        <message>
            <source>{name} can be read by other users of this computer; make it private (chmod 600 "{path}").</source>
            <translation>{name} puede ser leído por otros usuarios de este ordenador; hágalo privado (chmod 600 "{path}").</translation>
        </message>
        <message>
            <source>{name} is in a cloud-synced folder; a sync while it is open can damage it or send confidential text off this laptop. Keep logs in a local folder.</source>
            <translation>{name} está en una carpeta sincronizada con la nube; una sincronización mientras está abierto puede dañarlo o enviar texto confidencial fuera de este portátil. Guarde los registros en una carpeta local.</translation>
        </message>
        <message>
            <source>{name} is on a network drive ({fstype}); file locking there is unreliable, so two writers can damage it. Keep logs on a local disk.</source>
            <translation>{name} está en una unidad de red ({fstype}); allí el bloqueo de archivos no es fiable y dos escrituras simultáneas pueden dañarlo. Guarde los registros en un disco local.</translation>
        </message>
        <message>
            <source>integrity: {line}</source>
            <translation>integridad: {line}</translation>
        </message>
        <message>
            <source>foreign key: {table} row {row} points to a missing {parent}</source>
            <translation>clave externa: la fila {row} de {table} apunta a un {parent} que falta</translation>
        </message>
        <message>
            <source>laptop {device}, change {seq}: does not follow the entry before it</source>
            <translation>portátil {device}, cambio {seq}: no sigue a la entrada anterior</translation>
        </message>
        <message>
            <source>laptop {device}, change {seq}: its content does not match its hash</source>
            <translation>portátil {device}, cambio {seq}: su contenido no coincide con su hash</translation>
        </message>
        <message>
            <source>change {seq}: does not follow the entry before it (an entry was removed or reordered)</source>
            <translation>cambio {seq}: no sigue a la entrada anterior (se ha eliminado o reordenado una entrada)</translation>
        </message>
        <message>
            <source>change {seq}: its content does not match its hash (the entry was edited)</source>
            <translation>cambio {seq}: su contenido no coincide con su hash (la entrada se ha editado)</translation>
        </message>
        <message>
            <source>... further problems not listed</source>
            <translation>... no se listan más problemas</translation>
        </message>
        <message>
            <source>the history is not keyed yet (written by an older version): open the log once read-write, or run `mineralsdesk trust`, to key it</source>
            <translation>el historial de cambios aún no está sellado (escrito por una versión anterior): abra el registro una vez en lectura y escritura, o ejecute `mineralsdesk trust`, para sellarlo</translation>
        </message>
        <message>
            <source>truncated: the chain ends at entry {seq}, before entry {anchor} that this computer last saw of this log (entries were removed, or this is an older copy such as a backup)</source>
            <translation>truncado: la cadena termina en la entrada {seq}, antes de la entrada {anchor} que este ordenador vio por última vez de este registro (se eliminaron entradas, o es una copia anterior, como una copia de seguridad)</translation>
        </message>
        <message>
            <source>rewritten: entry {anchor} is not the one this computer last saw of this log ({mark}); the history was rewritten, or this copy went its own way</source>
            <translation>reescrito: la entrada {anchor} no es la que este ordenador vio por última vez de este registro ({mark}); el historial de cambios se reescribió, o esta copia siguió su propio camino</translation>
        </message>
        <message>
            <source>key missing: this computer has no key for this log (id {log_id}), so its history cannot be authenticated; if the log came from another computer, run `mineralsdesk trust` to re-key it (otherwise treat it as tampered)</source>
            <translation>falta la clave: este ordenador no tiene clave para este registro (id {log_id}), por lo que su historial de cambios no puede autenticarse; si el registro viene de otro ordenador, ejecute `mineralsdesk trust` para sellarlo de nuevo (si no, trátelo como manipulado)</translation>
        </message>
        <message>
            <source>the MAC of the chain's head is missing (removed outside the app)</source>
            <translation>falta el MAC de la cabeza de la cadena (eliminado fuera de la aplicación)</translation>
        </message>
        <message>
            <source>entries {first} to {last} were added without this log's key (outside the app, or on a computer without the key)</source>
            <translation>las entradas {first} a {last} se añadieron sin la clave de este registro (fuera de la aplicación, o en un ordenador sin la clave)</translation>
        </message>
        <message>
            <source>the chain does not match its key: entries were removed, rewritten or added outside the app</source>
            <translation>la cadena no coincide con su clave: se eliminaron, reescribieron o añadieron entradas fuera de la aplicación</translation>
        </message>
        <message>
            <source>{table} {id}: the record is not in the change log (added outside the app)</source>
            <translation>{table} {id}: el registro no está en el historial de cambios (añadido fuera de la aplicación)</translation>
        </message>
        <message>
            <source>{table} {id}: the change log says the record exists, but it is gone (deleted outside the app)</source>
            <translation>{table} {id}: el historial de cambios dice que el registro existe, pero ha desaparecido (eliminado fuera de la aplicación)</translation>
        </message>
        <message>
            <source>{table} {id}, field {field}: is {current} but the change log says {logged} (edited outside the app)</source>
            <translation>{table} {id}, campo {field}: es {current} pero el historial de cambios dice {logged} (editado fuera de la aplicación)</translation>
        </message>
        <message>
            <source>empty (null)</source>
            <translation>vacío (null)</translation>
        </message>
        <message>
            <source>... further differences not listed</source>
            <translation>... no se listan más diferencias</translation>
        </message>
    </context>
    <context>
        <name>LogFile</name>
        <message>
            <source>MineralsDesk logs (*.mdesk);;All files (*)</source>
            <translation>Registros de MineralsDesk (*.mdesk);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>MineralsDesk logs and backups (*.mdesk *.mdesk.gz);;All files (*)</source>
            <translation>Registros y copias de MineralsDesk (*.mdesk *.mdesk.gz);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>This log is damaged</source>
            <translation>Este registro está dañado</translation>
        </message>
        <message>
            <source>This log needs a newer MineralsDesk</source>
            <translation>Este registro necesita un MineralsDesk más reciente</translation>
        </message>
        <message>
            <source>This is not a MineralsDesk log</source>
            <translation>No es un registro de MineralsDesk</translation>
        </message>
        <message>
            <source>The log cannot be opened</source>
            <translation>No se puede abrir el registro</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Archivo: {path}</translation>
        </message>
        <message>
            <source>MineralsDesk did not change the file.</source>
            <translation>MineralsDesk no modificó el archivo.</translation>
        </message>
        <message>
            <source>Use File &gt; Restore... to put back a backup that passes its check.</source>
            <translation>Use Archivo &gt; Restaurar... para recuperar una copia que pase su comprobación.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}</source>
            <translation>No se puede leer {name}: {reason}</translation>
        </message>
        <message>
            <source>{damage}. No backup of it passes its check.</source>
            <translation>{damage}. Ninguna de sus copias pasa su comprobación.</translation>
        </message>
        <message>
            <source>The newest backup that passes its check was taken on {taken} ({reason}).
Restoring it keeps the damaged file beside it as “.damaged”.</source>
            <translation>La copia más reciente que pasa su comprobación es del {taken} ({reason}).
Al restaurarla, el archivo dañado se conserva al lado como «.damaged».</translation>
        </message>
        <message>
            <source>Restore that backup</source>
            <translation>Restaurar esa copia</translation>
        </message>
        <message>
            <source>Nothing was restored</source>
            <translation>No se restauró nada</translation>
        </message>
        <message>
            <source>Backup restored beside the log</source>
            <translation>Copia restaurada junto al registro</translation>
        </message>
        <message>
            <source>Journal files beside the damaged log may still hold data, so it was left as it was and the backup restored to
{path}</source>
            <translation>Los archivos de diario junto al registro dañado aún pueden contener datos, así que se dejó como estaba y la copia se restauró en
{path}</translation>
        </message>
        <message>
            <source>it is inside the synced folder “{folder}”</source>
            <translation>está dentro de la carpeta sincronizada «{folder}»</translation>
        </message>
        <message>
            <source>it is on a network share</source>
            <translation>está en un recurso de red compartido</translation>
        </message>
        <message>
            <source>it is on a network file system ({kind})</source>
            <translation>está en un sistema de archivos de red ({kind})</translation>
        </message>
        <message>
            <source>Others can read this log</source>
            <translation>Otros pueden leer este registro</translation>
        </message>
        <message>
            <source>Other users of this computer can read {name}. It holds internal red lines and fallbacks.</source>
            <translation>Otros usuarios de este equipo pueden leer {name}. Contiene líneas rojas y posiciones de repliegue internas.</translation>
        </message>
        <message>
            <source>Make it private</source>
            <translation>Hacerlo privado</translation>
        </message>
        <message>
            <source>Leave it</source>
            <translation>Dejarlo así</translation>
        </message>
        <message>
            <source>Cannot change permissions</source>
            <translation>No se pueden cambiar los permisos</translation>
        </message>
        <message>
            <source>This log is in a synced or shared folder</source>
            <translation>Este registro está en una carpeta sincronizada o compartida</translation>
        </message>
        <message>
            <source>{name} may be overwritten by an older copy or read by others: {hint}.
Keep the log on this laptop and send exports instead.</source>
            <translation>{name} puede sobrescribirse con una copia anterior o ser leído por otros: {hint}.
Guarde el registro en este portátil y envíe exportaciones en su lugar.</translation>
        </message>
        <message>
            <source>Do not warn again for this log</source>
            <translation>No volver a avisar para este registro</translation>
        </message>
        <message>
            <source>Open log</source>
            <translation>Abrir registro</translation>
        </message>
        <message>
            <source>New log</source>
            <translation>Nuevo registro</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>e.g. EU delegation</source>
            <translation>p. ej., delegación de la UE</translation>
        </message>
        <message>
            <source>Your name, shown in the change log</source>
            <translation>Su nombre, que aparece en el historial de cambios</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Our party</source>
            <translation>Nuestra parte</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegación</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Give the log a file name.</source>
            <translation>Dé un nombre de archivo al registro.</translation>
        </message>
        <message>
            <source>Open another log?</source>
            <translation>¿Abrir otro registro?</translation>
        </message>
        <message>
            <source>Open another log, create a new one, or quit?</source>
            <translation>¿Abrir otro registro, crear uno nuevo o salir?</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>New log…</source>
            <translation>Nuevo registro…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Falló la copia de seguridad</translation>
        </message>
        <message>
            <source>Nothing was written.
{error}</source>
            <translation>No se ha escrito nada.
{error}</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>Copia de seguridad escrita</translation>
        </message>
        <message>
            <source>The log was backed up ({size} KB). It is listed under File &gt; Restore…</source>
            <translation>Se hizo una copia del registro ({size} KB). Aparece en Archivo &gt; Restaurar…</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia</translation>
        </message>
        <message>
            <source>Backup taken</source>
            <translation>Copia del</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>The backup replaces &lt;b&gt;{name}&lt;/b&gt;. The current log is kept as a backup first, so a restore can itself be undone.</source>
            <translation>La copia sustituye a &lt;b&gt;{name}&lt;/b&gt;. Antes se guarda el registro actual como copia, así que una restauración también se puede deshacer.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Otro archivo…</translation>
        </message>
        <message>
            <source>Backups, newest first:</source>
            <translation>Copias de seguridad, las más recientes primero:</translation>
        </message>
        <message>
            <source>Restore from</source>
            <translation>Restaurar desde</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia?</translation>
        </message>
        <message>
            <source>Replace the log with the backup {name}?
The current log is kept as a backup first.</source>
            <translation>¿Sustituir el registro por la copia {name}?
Antes se guarda el registro actual como copia.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Copia restaurada</translation>
        </message>
        <message>
            <source>Restored {name}.
The log as it was is kept in
{path}</source>
            <translation>{name} restaurado.
El registro tal como estaba se conserva en
{path}</translation>
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
        <name>Markings</name>
        <message>
            <source>LIMITED — INTERNAL</source>
            <translation>DIFUSIÓN LIMITADA — INTERNO</translation>
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
        <name>Modals</name>
        <message>
            <source>Obligation weakened</source>
            <translation>Obligación debilitada</translation>
        </message>
        <message>
            <source>Obligation strengthened</source>
            <translation>Obligación reforzada</translation>
        </message>
        <message>
            <source>Obligation changed</source>
            <translation>Obligación modificada</translation>
        </message>
        <message>
            <source>no modal</source>
            <translation>sin modal</translation>
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
        <name>SearchDialog</name>
        <message>
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Search clauses, rounds, positions, commitments…  ("a phrase", -word, OR, NEAR(a b))</source>
            <translation>Buscar cláusulas, rondas, posiciones, compromisos…  ("una frase", -palabra, OR, NEAR(a b))</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Búsqueda</translation>
        </message>
        <message>
            <source>Rank every match, older ones too</source>
            <translation>Ordenar todas las coincidencias, también las antiguas</translation>
        </message>
        <message>
            <source>A word found in more than 300 records is ranked among its newest matches; tick this to rank them all (slower in a large log)</source>
            <translation>Una palabra que aparece en más de 300 registros se ordena entre sus coincidencias más recientes; márquelo para ordenarlas todas (más lento en un registro grande)</translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>No se encontró nada</translation>
        </message>
        <message>
            <source>50 results (best 50)</source>
            <translation>50 resultados (los 50 mejores)</translation>
        </message>
        <message>
            <source>1 result</source>
            <translation>1 resultado</translation>
        </message>
        <message>
            <source>{n} results</source>
            <translation>{n} resultados</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>Clause</source>
            <translation>Cláusula</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervención</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
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
        <name>Sync</name>
        <message>
            <source>file {number} from {name}: already imported, nothing changed</source>
            <translation>archivo {number} de {name}: ya importado, nada ha cambiado</translation>
        </message>
        <message>
            <source>{n} new entry</source>
            <translation>{n} entrada nueva</translation>
        </message>
        <message>
            <source>{n} new entries</source>
            <translation>{n} entradas nuevas</translation>
        </message>
        <message>
            <source>file {number} from {name}: {entries}; would apply {applied}, already here {already}, conflicts {conflicts}, not records {skipped}</source>
            <translation>archivo {number} de {name}: {entries}; se aplicarían {applied}, ya presentes {already}, conflictos {conflicts}, no registros {skipped}</translation>
        </message>
        <message>
            <source>file {number} from {name}: {entries}; applied {applied}, already here {already}, conflicts {conflicts}, not records {skipped}</source>
            <translation>archivo {number} de {name}: {entries}; aplicadas {applied}, ya presentes {already}, conflictos {conflicts}, no registros {skipped}</translation>
        </message>
        <message>
            <source>{table} {id}: created there, but deleted here</source>
            <translation>{table} {id}: creado allí, pero eliminado aquí</translation>
        </message>
        <message>
            <source>{table} {id}: created there under a record missing here</source>
            <translation>{table} {id}: creado allí bajo un registro que aquí falta</translation>
        </message>
        <message>
            <source>{table} {id}: deleted there, but records here still use it</source>
            <translation>{table} {id}: eliminado allí, pero aquí aún lo usan registros</translation>
        </message>
        <message>
            <source>{table} {id}, {field}: edited there, deleted here</source>
            <translation>{table} {id}, {field}: editado allí, eliminado aquí</translation>
        </message>
        <message>
            <source>{table} {id}, {field}: changed on both laptops</source>
            <translation>{table} {id}, {field}: modificado en los dos portátiles</translation>
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
        <name>Values</name>
        <message>
            <source>drafted</source>
            <translation>en borrador</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>propuesta</translation>
        </message>
        <message>
            <source>under negotiation</source>
            <translation>en negociación</translation>
        </message>
        <message>
            <source>bracketed</source>
            <translation>entre corchetes</translation>
        </message>
        <message>
            <source>agreed ad referendum</source>
            <translation>acordada ad referendum</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>acordada</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>retirada</translation>
        </message>
        <message>
            <source>supports</source>
            <translation>apoya</translation>
        </message>
        <message>
            <source>accepts with amendments</source>
            <translation>acepta con enmiendas</translation>
        </message>
        <message>
            <source>reserves</source>
            <translation>se reserva</translation>
        </message>
        <message>
            <source>opposes</source>
            <translation>se opone</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>sin posición</translation>
        </message>
        <message>
            <source>joint projects</source>
            <translation>proyectos conjuntos</translation>
        </message>
        <message>
            <source>price support</source>
            <translation>apoyo de precios</translation>
        </message>
        <message>
            <source>market protection</source>
            <translation>protección del mercado</translation>
        </message>
        <message>
            <source>export-restriction exemptions</source>
            <translation>exenciones de restricciones a la exportación</translation>
        </message>
        <message>
            <source>R&amp;D and innovation</source>
            <translation>I+D e innovación</translation>
        </message>
        <message>
            <source>stockpiling</source>
            <translation>almacenamiento estratégico</translation>
        </message>
        <message>
            <source>response group</source>
            <translation>grupo de respuesta</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otros</translation>
        </message>
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
            <source>objects</source>
            <translation>objeta</translation>
        </message>
        <message>
            <source>proposes wording</source>
            <translation>propone redacción</translation>
        </message>
        <message>
            <source>asks for time</source>
            <translation>pide tiempo</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>declaración</translation>
        </message>
        <message>
            <source>round</source>
            <translation>ronda de negociación</translation>
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
            <source>internal</source>
            <translation>interno</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>compartible</translation>
        </message>
    </context>
    <context>
        <name>Word</name>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track}, ronda {number} ({date})</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>ninguno registrado</translation>
        </message>
        <message>
            <source>Proposed by {proposer}; supported by {supporters}; objected to by {objectors}.</source>
            <translation>Propuesto por {proposer}; apoyado por {supporters}; objetado por {objectors}.</translation>
        </message>
        <message>
            <source>INTERNAL — {notes}</source>
            <translation>INTERNO — {notes}</translation>
        </message>
        <message>
            <source>{label} ({round}): {text}</source>
            <translation>{label} ({round}): {text}</translation>
        </message>
        <message>
            <source>no round</source>
            <translation>sin ronda</translation>
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
            <source>Changes from {earlier} to {later}, as tracked changes</source>
            <translation>Cambios de {earlier} a {later}, con control de cambios</translation>
        </message>
        <message>
            <source>Negotiating text as of {round}</source>
            <translation>Texto de negociación, estado: {round}</translation>
        </message>
        <message>
            <source>Negotiating text</source>
            <translation>Texto de negociación</translation>
        </message>
        <message>
            <source>Parties: {parties}.</source>
            <translation>Partes: {parties}.</translation>
        </message>
        <message>
            <source>Text in [square brackets], highlighted, is not agreed.</source>
            <translation>El texto entre [corchetes], resaltado, no está acordado.</translation>
        </message>
        <message>
            <source>INTERNAL: the comments carry who proposed, supports and objects to each bracket, and our red lines and fallbacks. Do not send this file to other delegations.</source>
            <translation>INTERNO: los comentarios indican quién propuso, apoya u objeta cada corchete, así como nuestras líneas rojas y posiciones de repliegue. No envíe este archivo a otras delegaciones.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>{track} — {title}: negotiating text</source>
            <translation>{track} — {title}: texto de negociación</translation>
        </message>
        <message>
            <source>Written by {producer}</source>
            <translation>Generado por {producer}</translation>
        </message>
    </context>
    <context>
        <name>WordExportDialog</name>
        <message>
            <source>Show the &amp;changes from round</source>
            <translation>Mostrar los &amp;cambios desde la ronda</translation>
        </message>
        <message>
            <source>to round</source>
            <translation>hasta la ronda</translation>
        </message>
        <message>
            <source>T&amp;rack</source>
            <translation>&amp;Vertiente</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Choose an earlier round first, then a later one (nothing was written).</source>
            <translation>Elija primero una ronda anterior y luego una posterior (no se ha escrito nada).</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>Page &amp;P of &amp;N</source>
            <translation>Página &amp;P de &amp;N</translation>
        </message>
        <message>
            <source>{log} — summary of {date}</source>
            <translation>{log} — resumen del {date}</translation>
        </message>
        <message>
            <source>Internal copies: Owner (Clauses) and Our owner (Commitments) take a member's initials from the roster (empty: nobody); on the Comments sheet change a comment's Text or a thread's Resolved, or add a comment in a new row (see the notes on its headers).</source>
            <translation>Copias internas: Responsable (Cláusulas) y Nuestro responsable (Compromisos) llevan las iniciales de un miembro de la lista (vacío: nadie); en la hoja Comentarios cambie el Texto de un comentario o el Resuelto de un hilo, o añada un comentario en una fila nueva (vea las notas de los encabezados).</translation>
        </message>
        <message>
            <source>A new comment: what it is on: clause, bracket, commitment, round or track.</source>
            <translation>Comentario nuevo: sobre qué trata: cláusula, corchete, compromiso, ronda o vertiente.</translation>
        </message>
        <message>
            <source>A new comment: which record, written as on the other sheets: a clause as TRACK REF (MOU Art. 5); a bracket as TRACK REF#N (the N-th open bracket: MOU Art. 5#1); a round as TRACK RN (MOU R2); a commitment by the start of its text (or its Record id); a track by its ref (MOU).</source>
            <translation>Comentario nuevo: qué registro, escrito como en las otras hojas: una cláusula como VERTIENTE REF (MOU Art. 5); un corchete como VERTIENTE REF#N (el N-ésimo corchete abierto: MOU Art. 5#1); una ronda como VERTIENTE RN (MOU R2); un compromiso por el comienzo de su texto (o su Id. del registro); una vertiente por su referencia (MOU).</translation>
        </message>
        <message>
            <source>A reply: the thread's number (#3) instead of On and Target. Empty: a new thread.</source>
            <translation>Una respuesta: el número del hilo (#3) en lugar de Sobre y Destino. Vacío: un hilo nuevo.</translation>
        </message>
        <message>
            <source>Initials from the delegation roster (empty: no author).</source>
            <translation>Iniciales de la lista de la delegación (vacío: sin autor).</translation>
        </message>
        <message>
            <source>Filled in on import when empty (or a date and time: 2026-02-10 14:30).</source>
            <translation>Se rellena al importar si está vacío (o una fecha y hora: 2026-02-10 14:30).</translation>
        </message>
        <message>
            <source>internal (the default) or shareable (may be printed for counterparts).</source>
            <translation>interno (por defecto) o compartible (puede imprimirse para las contrapartes).</translation>
        </message>
        <message>
            <source>yes or no, on a thread's first row (a reply's yes resolves its thread).</source>
            <translation>sí o no, en la primera fila de un hilo (el sí de una respuesta resuelve su hilo).</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegación</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Fecha de emisión</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Marca de difusión</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>Vertientes</translation>
        </message>
        <message>
            <source>How to edit</source>
            <translation>Cómo editar</translation>
        </message>
        <message>
            <source>Text in cells</source>
            <translation>Texto de las celdas</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Import tag</source>
            <translation>Etiqueta de importación</translation>
        </message>
        <message>
            <source>internal (our delegation only)</source>
            <translation>interno (solo nuestra delegación)</translation>
        </message>
        <message>
            <source>shareable (may go to counterparts)</source>
            <translation>compartible (puede entregarse a las contrapartes)</translation>
        </message>
        <message>
            <source>Change only the columns with a green header: {status} ({clauses}); {positions} ({positions_sheet}); {state} ({commitments}). Sorting and filtering are fine. Send the file back for import: other edits are refused, and rows changed in the log since this date are listed as conflicts, not applied.</source>
            <translation>Modifique solo las columnas con encabezado verde: {status} ({clauses}); {positions} ({positions_sheet}); {state} ({commitments}). Puede ordenar y filtrar. Devuelva el archivo para importarlo: las demás modificaciones se rechazan, y las filas cambiadas en el registro desde esta fecha se señalan como conflictos, sin aplicarse.</translation>
        </message>
        <message>
            <source>Text that begins with = + - or @ is plain text, never a formula. Control characters are shown as symbols (NUL as ␀, vertical tab as ␋, form feed as ␌). Texts longer than Excel's 32,767-character limit are cut and say so. The Change log sheet shows the newest 10,000 entries; Summary and Change log are not read back on import. Rows and Import tag tie this file to the log that wrote it: an import checks them, so leave them as they are.</source>
            <translation>Un texto que empieza por = + - o @ es texto sin formato, nunca una fórmula. Los caracteres de control se muestran como símbolos (NUL como ␀, tabulación vertical como ␋, salto de página como ␌). Los textos que superan el límite de Excel de 32.767 caracteres se cortan y lo indican. La hoja Registro de cambios muestra las 10.000 entradas más recientes; Resumen y Registro de cambios no se leen al importar. Filas y Etiqueta de importación vinculan este archivo al registro que lo escribió: la importación los comprueba, déjelos como están.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <source>all tracks</source>
            <translation>todas las vertientes</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha objetivo</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Próximo plazo</translation>
        </message>
        <message>
            <source>Overdue commitments</source>
            <translation>Compromisos vencidos</translation>
        </message>
        <message>
            <source>Clauses by topic</source>
            <translation>Cláusulas por tema</translation>
        </message>
        <message>
            <source>MineralsDesk — Excel summary</source>
            <translation>MineralsDesk — resumen Excel</translation>
        </message>
        <message>
            <source>Stance {party}</source>
            <translation>Postura {party}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
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
            <source>Rounds</source>
            <translation>Rondas</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Compromisos</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Registro de cambios</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>Id. del registro</translation>
        </message>
        <message>
            <source>Row version</source>
            <translation>Versión de la fila</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Control</translation>
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
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Our owner</source>
            <translation>Nuestro responsable</translation>
        </message>
        <message>
            <source>Open brackets</source>
            <translation>Corchetes abiertos</translation>
        </message>
        <message>
            <source>Last changed round</source>
            <translation>Última ronda con cambios</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>Texto actual</translation>
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
            <source>Clause</source>
            <translation>Cláusula</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>Round date</source>
            <translation>Fecha de la ronda</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
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
            <source>Outcomes</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Illustrative</source>
            <translation>Ilustrativo</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>Source kind</source>
            <translation>Tipo de fuente</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimiento</translation>
        </message>
        <message>
            <source>Anchor</source>
            <translation>Referencia del plazo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Situación</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Días de retraso</translation>
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
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>N.º</translation>
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
            <source>Record kind</source>
            <translation>Tipo de registro</translation>
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
            <source>Old</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Thread</source>
            <translation>Hilo</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resuelto</translation>
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
            <source>internal</source>
            <translation>interno</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>compartible</translation>
        </message>
        <message>
            <source>track</source>
            <translation>vertiente</translation>
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
            <source>bracket</source>
            <translation>corchete</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>compromiso</translation>
        </message>
        <message>
            <source>{column} value</source>
            <translation>Valor de {column}</translation>
        </message>
        <message>
            <source>Pick a value for {column} from the list.</source>
            <translation>Elija un valor de {column} de la lista.</translation>
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
    <context>
        <name>XlsxImportDialog</name>
        <message>
            <source>Import Excel</source>
            <translation>Importar Excel</translation>
        </message>
        <message>
            <source>Choose the workbook a colleague sent back.</source>
            <translation>Elija el libro que le devolvió un colega.</translation>
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
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Workbook says</source>
            <translation>Según el libro</translation>
        </message>
        <message>
            <source>Choose workbook…</source>
            <translation>Elegir libro…</translation>
        </message>
        <message>
            <source>Apply changes</source>
            <translation>Aplicar cambios</translation>
        </message>
        <message>
            <source>{name} is password-protected. Its password:</source>
            <translation>{name} está protegido con contraseña. Su contraseña:</translation>
        </message>
        <message>
            <source>Reading the workbook</source>
            <translation>Leyendo el libro</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more change(s), not listed here</source>
            <translation>
                <numerusform>… y %n cambio más, no listado aquí</numerusform>
                <numerusform>… y %n cambios más, no listados aquí</numerusform>
            </translation>
        </message>
        <message>
            <source>Not applied: {line}</source>
            <translation>No aplicado: {line}</translation>
        </message>
        <message numerus="yes">
            <source>Missing from {sheet}: %n row(s) of the export, not deleted from the log (delete records in the app)</source>
            <translation>
                <numerusform>Falta en {sheet}: %n fila de la exportación, no eliminada del registro (elimine los registros en la aplicación)</numerusform>
                <numerusform>Faltan en {sheet}: %n filas de la exportación, no eliminadas del registro (elimine los registros en la aplicación)</numerusform>
            </translation>
        </message>
        <message>
            <source>1 change to apply</source>
            <translation>1 cambio por aplicar</translation>
        </message>
        <message>
            <source>{n} changes to apply</source>
            <translation>{n} cambios por aplicar</translation>
        </message>
        <message>
            <source>nothing to change</source>
            <translation>nada que cambiar</translation>
        </message>
        <message>
            <source>, {n} conflict(s) left alone</source>
            <translation>, {n} conflicto(s) sin tocar</translation>
        </message>
        <message>
            <source>. Nothing has been written yet.</source>
            <translation>. Aún no se ha escrito nada.</translation>
        </message>
        <message>
            <source>Apply 1 change</source>
            <translation>Aplicar 1 cambio</translation>
        </message>
        <message>
            <source>Apply {n} changes</source>
            <translation>Aplicar {n} cambios</translation>
        </message>
        <message>
            <source>Importing the workbook</source>
            <translation>Importando el libro</translation>
        </message>
        <message>
            <source>{n} change(s) applied from {file}.</source>
            <translation>{n} cambio(s) aplicado(s) desde {file}.</translation>
        </message>
        <message>
            <source>A backup was taken first (File &gt; Restore…). The undo history was cleared.</source>
            <translation>Antes se hizo una copia de seguridad (Archivo &gt; Restaurar…). Se borró el historial para deshacer.</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>stance</source>
            <translation>postura</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
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
            <source>internal note</source>
            <translation>nota interna</translation>
        </message>
        <message>
            <source>state</source>
            <translation>situación</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>responsable</translation>
        </message>
    </context>
</TS>