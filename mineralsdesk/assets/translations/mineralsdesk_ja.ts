<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>ActionForm</name>
        <message>
            <source>Edit follow-up action</source>
            <translation>フォローアップ行動を編集</translation>
        </message>
        <message>
            <source>New follow-up action</source>
            <translation>新しいフォローアップ行動</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行動</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>期限あり</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>何をするかを記入してください。</translation>
        </message>
        <message>
            <source>Add follow-up action</source>
            <translation>フォローアップ行動を追加</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>Dashboard</source>
            <translation>ダッシュボード</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>交渉会合</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>立場</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>コミットメント</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>変更履歴</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>議事録</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>論点</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>スコアカード</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>競合</translation>
        </message>
        <message>
            <source>New &amp;track…</source>
            <translation>新しい交渉トラック(&amp;T)…</translation>
        </message>
        <message>
            <source>Add a track (an instrument under negotiation)</source>
            <translation>交渉トラック（交渉中の文書）を追加</translation>
        </message>
        <message>
            <source>New &amp;round…</source>
            <translation>新しい交渉会合(&amp;R)…</translation>
        </message>
        <message>
            <source>Record a meeting of a track</source>
            <translation>交渉トラックの会合を記録</translation>
        </message>
        <message>
            <source>Add follow-up &amp;action…</source>
            <translation>フォローアップ措置を追加(&amp;A)…</translation>
        </message>
        <message>
            <source>A follow-up action for the selected round</source>
            <translation>選択した交渉会合のフォローアップ措置</translation>
        </message>
        <message>
            <source>Mark action &amp;done / not done</source>
            <translation>措置を完了／未完了にする(&amp;D)</translation>
        </message>
        <message>
            <source>Tick or untick the selected follow-up action</source>
            <translation>選択したフォローアップ措置のチェックを切り替え</translation>
        </message>
        <message>
            <source>New &amp;clause…</source>
            <translation>新しい条項(&amp;C)…</translation>
        </message>
        <message>
            <source>Add a clause with its first text</source>
            <translation>最初の文言とともに条項を追加</translation>
        </message>
        <message>
            <source>New &amp;version of clause…</source>
            <translation>条項の新しい版(&amp;V)…</translation>
        </message>
        <message>
            <source>A new text of the selected clause for a round</source>
            <translation>選択した条項の、ある交渉会合での新しい文言</translation>
        </message>
        <message>
            <source>Record &amp;position…</source>
            <translation>立場を記録(&amp;P)…</translation>
        </message>
        <message>
            <source>A party's stance on the selected clause</source>
            <translation>選択した条項に対する締約当事者の立場</translation>
        </message>
        <message>
            <source>New co&amp;mmitment…</source>
            <translation>新しいコミットメント(&amp;M)…</translation>
        </message>
        <message>
            <source>Something a party undertook, and by when</source>
            <translation>締約当事者が約束した事項とその期限</translation>
        </message>
        <message>
            <source>Assess &amp;compliance…</source>
            <translation>履行状況を評価(&amp;C)…</translation>
        </message>
        <message>
            <source>Score a party on the selected commitment</source>
            <translation>選択したコミットメントについて締約当事者を評価</translation>
        </message>
        <message>
            <source>Every screen</source>
            <translation>すべての画面</translation>
        </message>
        <message>
            <source>Next / previous control (a table is left with Tab, too)</source>
            <translation>次／前のコントロール（表からも Tab で移動）</translation>
        </message>
        <message>
            <source>Every table</source>
            <translation>すべての表</translation>
        </message>
        <message>
            <source>Move within the table</source>
            <translation>表の中を移動</translation>
        </message>
        <message>
            <source>Open the selected row's full form</source>
            <translation>選択した行の詳細フォームを開く</translation>
        </message>
        <message>
            <source>Change the editable cell of the row in place, one undoable edit: a clause's status, a party's stance (at the latest round), a commitment's state (m for met) or owner</source>
            <translation>行の編集可能なセルをその場で変更（1回で元に戻せる編集）：条項の状態、締約当事者の立場（最新の交渉会合）、コミットメントの状態（m は履行済み）または担当者</translation>
        </message>
        <message>
            <source>Every form</source>
            <translation>すべてのフォーム</translation>
        </message>
        <message>
            <source>Save, from any field</source>
            <translation>保存（どの欄からでも）</translation>
        </message>
        <message>
            <source>Cancel (asks first if something was typed)</source>
            <translation>キャンセル（入力済みの場合は確認）</translation>
        </message>
        <message>
            <source>Jump to that field</source>
            <translation>その欄へ移動</translation>
        </message>
        <message>
            <source>Lists to choose from</source>
            <translation>選択リスト</translation>
        </message>
        <message>
            <source>Pick an entry (e.g. a stance: 1 supports … 5 no position)</source>
            <translation>項目を選ぶ（例：立場 1 支持 … 5 立場なし）</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>Choose a result and open it in its screen</source>
            <translation>結果を選んで該当画面で開く</translation>
        </message>
        <message>
            <source>Clauses and Commitments</source>
            <translation>条項とコミットメント</translation>
        </message>
        <message>
            <source>Mine: only the rows you own (who you are: Settings &gt; Delegation roster)</source>
            <translation>自分の担当：自分が担当する行だけ（自分の設定：設定 &gt; 代表団名簿）</translation>
        </message>
        <message>
            <source>&amp;New log…</source>
            <translation>新しいログ(&amp;N)…</translation>
        </message>
        <message>
            <source>Create a new, empty negotiation log</source>
            <translation>新しい空の交渉ログを作成</translation>
        </message>
        <message>
            <source>&amp;Open log…</source>
            <translation>ログを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Open another negotiation log</source>
            <translation>別の交渉ログを開く</translation>
        </message>
        <message>
            <source>Clear recent logs</source>
            <translation>最近使ったログを消去</translation>
        </message>
        <message>
            <source>Forget the list of recently opened logs</source>
            <translation>最近開いたログの一覧を消去</translation>
        </message>
        <message>
            <source>&amp;Backup…</source>
            <translation>バックアップ(&amp;B)…</translation>
        </message>
        <message>
            <source>Write a consistent copy of this log</source>
            <translation>このログの整合したコピーを書き出す</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>復元(&amp;R)…</translation>
        </message>
        <message>
            <source>Replace this log with one of its backups</source>
            <translation>このログをそのバックアップの一つで置き換える</translation>
        </message>
        <message>
            <source>Export briefing &amp;PDF…</source>
            <translation>ブリーフィングを PDF で書き出す(&amp;P)…</translation>
        </message>
        <message>
            <source>Print the briefing for a round</source>
            <translation>交渉会合のブリーフィングを印刷</translation>
        </message>
        <message>
            <source>Export &amp;Excel summary…</source>
            <translation>Excel 概要を書き出す(&amp;E)…</translation>
        </message>
        <message>
            <source>An Excel summary for colleagues</source>
            <translation>同僚向けの Excel 概要</translation>
        </message>
        <message>
            <source>Export &amp;calendar…</source>
            <translation>カレンダーを書き出す(&amp;C)…</translation>
        </message>
        <message>
            <source>The deadlines as a calendar file (.ics)</source>
            <translation>期限をカレンダーファイル（.ics）で</translation>
        </message>
        <message>
            <source>Export negotiating &amp;text (Word)…</source>
            <translation>交渉テキストを書き出す（Word）(&amp;T)…</translation>
        </message>
        <message>
            <source>A track's text as a Word document, with the changes between two rounds tracked</source>
            <translation>交渉トラックのテキストを Word 文書で（2 つの交渉会合間の変更履歴付き）</translation>
        </message>
        <message>
            <source>Export negotiating &amp;text (Akoma Ntoso)…</source>
            <translation>交渉テキストを書き出す（Akoma Ntoso）(&amp;T)…</translation>
        </message>
        <message>
            <source>One track's text at a round as Akoma Ntoso 3.0 XML, for counterparts</source>
            <translation>ある交渉会合時点の交渉トラックのテキストを Akoma Ntoso 3.0 XML で（相手側向け）</translation>
        </message>
        <message>
            <source>&amp;Import Excel…</source>
            <translation>Excel を取り込む(&amp;I)…</translation>
        </message>
        <message>
            <source>Read back a colleague's edited summary</source>
            <translation>同僚が編集した概要を読み込む</translation>
        </message>
        <message>
            <source>Import &amp;Word or Akoma Ntoso draft…</source>
            <translation>Word または Akoma Ntoso の草案を取り込む(&amp;W)…</translation>
        </message>
        <message>
            <source>Take in a chair's consolidated text or a delegation's markup (.docx, .xml)</source>
            <translation>議長の統合テキストまたは代表団の修正案を取り込む（.docx、.xml）</translation>
        </message>
        <message>
            <source>S&amp;ync…</source>
            <translation>同期(&amp;Y)…</translation>
        </message>
        <message>
            <source>Export the changes for a colleague, or import a colleague's sync file</source>
            <translation>同僚向けに変更を書き出す、または同僚の同期ファイルを取り込む</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>Close MineralsDesk (everything is already saved)</source>
            <translation>MineralsDesk を閉じる（すべて保存済み）</translation>
        </message>
        <message>
            <source>&amp;Encrypt log…</source>
            <translation>ログを暗号化(&amp;E)…</translation>
        </message>
        <message>
            <source>Encrypt this log with a passphrase (its backups too)</source>
            <translation>パスフレーズでこのログを暗号化（バックアップも）</translation>
        </message>
        <message>
            <source>&amp;Decrypt log…</source>
            <translation>ログを復号(&amp;D)…</translation>
        </message>
        <message>
            <source>Store this log unencrypted</source>
            <translation>このログを暗号化せずに保存</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>パスフレーズを変更(&amp;P)…</translation>
        </message>
        <message>
            <source>Encrypt this log under a new passphrase</source>
            <translation>新しいパスフレーズでこのログを暗号化</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>今すぐロック(&amp;L)</translation>
        </message>
        <message>
            <source>Close the log and hide every screen until unlocked</source>
            <translation>ログを閉じ、ロック解除まですべての画面を隠す</translation>
        </message>
        <message>
            <source>Lock after &amp;idle…</source>
            <translation>無操作時にロック(&amp;I)…</translation>
        </message>
        <message>
            <source>Minutes without input before the window locks</source>
            <translation>ウィンドウがロックされるまでの無操作時間（分）</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>検索(&amp;F)…</translation>
        </message>
        <message>
            <source>Search every clause, round, position and commitment</source>
            <translation>すべての条項、交渉会合、立場、コミットメントを検索</translation>
        </message>
        <message>
            <source>&amp;Edit selected…</source>
            <translation>選択項目を編集(&amp;E)…</translation>
        </message>
        <message>
            <source>Edit the selected track, round, clause, position or commitment</source>
            <translation>選択した交渉トラック、交渉会合、条項、立場またはコミットメントを編集</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>再読み込み(&amp;F)</translation>
        </message>
        <message>
            <source>Read the log again (after a change elsewhere)</source>
            <translation>ログを読み直す（他所での変更後）</translation>
        </message>
        <message>
            <source>Show &amp;sidebar</source>
            <translation>サイドバーを表示(&amp;S)</translation>
        </message>
        <message>
            <source>Show or hide the list of screens</source>
            <translation>画面一覧の表示／非表示</translation>
        </message>
        <message>
            <source>F&amp;ull screen</source>
            <translation>全画面(&amp;U)</translation>
        </message>
        <message>
            <source>Use the whole screen</source>
            <translation>画面全体を使う</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <source>Every key of the app, by screen, printable on one page</source>
            <translation>アプリのすべてのキー（画面別、1 ページで印刷可能）</translation>
        </message>
        <message>
            <source>&amp;About MineralsDesk</source>
            <translation>MineralsDesk について(&amp;A)</translation>
        </message>
        <message>
            <source>Version, files and licences</source>
            <translation>バージョン、ファイル、ライセンス</translation>
        </message>
        <message>
            <source>Delegation &amp;roster…</source>
            <translation>代表団名簿(&amp;R)…</translation>
        </message>
        <message>
            <source>The people of our delegation: owners and authors</source>
            <translation>自代表団のメンバー：担当者と作成者</translation>
        </message>
        <message>
            <source>Show &amp;error log folder</source>
            <translation>エラーログのフォルダーを表示(&amp;E)</translation>
        </message>
        <message>
            <source>Where unexpected errors are written</source>
            <translation>予期しないエラーの書き込み先</translation>
        </message>
        <message>
            <source>Show {screen}</source>
            <translation>{screen}を表示</translation>
        </message>
        <message>
            <source> or </source>
            <translation> または </translation>
        </message>
        <message>
            <source>Conflicts ({n})</source>
            <translation>競合 ({n})</translation>
        </message>
    </context>
    <context>
        <name>ActionsModel</name>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行動</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
    </context>
    <context>
        <name>AknExportDialog</name>
        <message>
            <source>T&amp;rack</source>
            <translation>交渉トラック(&amp;R)</translation>
        </message>
        <message>
            <source>R&amp;ound</source>
            <translation>交渉会合(&amp;O)</translation>
        </message>
        <message>
            <source>Round {number} — {date}</source>
            <translation>第{number}回会合 — {date}</translation>
        </message>
        <message>
            <source>No round yet (the current text)</source>
            <translation>会合なし(現在の本文)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Shareable:&lt;/b&gt; the articles, their brackets and who proposed each; never positions, red lines, fallbacks, notes or owners. Validated against the OASIS schema.</source>
            <translation>&lt;b&gt;共有可:&lt;/b&gt; 条文、その角括弧と各提案者のみ。ポジション、レッドライン、代替案、メモ、担当者は含みません。OASIS スキーマで検証済み。</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The details were written to
{where}</source>
            <translation>詳細は次の場所に記録されました:
{where}</translation>
        </message>
        <message>
            <source>The details could not be written ({reason}).</source>
            <translation>詳細を記録できませんでした({reason})。</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>問題が発生しました</translation>
        </message>
        <message>
            <source>MineralsDesk hit an unexpected error ({kind}). Your log is safe: every edit was written when you made it, and the unfinished action was not applied.</source>
            <translation>MineralsDesk で予期しないエラーが発生しました({kind})。ログは安全です。編集はすべてその都度保存されており、未完了の操作は適用されていません。</translation>
        </message>
        <message>
            <source>No log here</source>
            <translation>ここにログがありません</translation>
        </message>
        <message>
            <source>There is no log at
{path}
Create a new one there?</source>
            <translation>次の場所にログがありません:
{path}
ここに新しいログを作成しますか?</translation>
        </message>
    </context>
    <context>
        <name>ApplyDialog</name>
        <message>
            <source>Apply the minutes to positions and brackets</source>
            <translation>議事録をポジションと角括弧に反映</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) the signals imply. Untick any you do not want; the rest are applied as one step (Ctrl+Z undoes it).</source>
            <translation>
                <numerusform>シグナルから %n 件の変更が導かれます。不要なもののチェックを外してください。残りは1回の操作で適用されます(Ctrl+Z で元に戻せます)。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to apply: positions and brackets already say what the minutes say.</source>
            <translation>反映するものはありません。ポジションと角括弧はすでに議事録と一致しています。</translation>
        </message>
        <message>
            <source>Apply minutes to positions and brackets</source>
            <translation>議事録をポジションと角括弧に反映</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <source>Internal — our delegation only</source>
            <translation>内部 — 自代表団のみ</translation>
        </message>
        <message>
            <source>Shareable — may go to counterparts</source>
            <translation>共有可 — 相手側に渡してよい</translation>
        </message>
        <message>
            <source>+1 — complied</source>
            <translation>+1 — 履行</translation>
        </message>
        <message>
            <source>0 — partly / work in progress</source>
            <translation>0 — 一部 / 進行中</translation>
        </message>
        <message>
            <source>−1 — did not comply</source>
            <translation>−1 — 不履行</translation>
        </message>
        <message>
            <source>Compliance assessment</source>
            <translation>履行状況の評価</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>コミットメント</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>当事者</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>評点</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>根拠</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>公開範囲</translation>
        </message>
        <message>
            <source>Note the evidence the score rests on (a readout, a publication, a date)</source>
            <translation>評点の根拠を記入してください（記録、公表資料、日付など）</translation>
        </message>
        <message>
            <source>Assess {party} on a commitment</source>
            <translation>コミットメントについて {party} を評価</translation>
        </message>
    </context>
    <context>
        <name>Attachment notes</name>
        <message>
            <source>empty file (0 bytes): nothing to index</source>
            <translation>空のファイル（0 バイト）：索引の対象がありません</translation>
        </message>
        <message>
            <source>image: no text to index</source>
            <translation>画像：索引にするテキストがありません</translation>
        </message>
        <message>
            <source>not a PDF, Word, Excel or text file: not indexed</source>
            <translation>PDF、Word、Excel、テキストのいずれでもありません：索引なし</translation>
        </message>
        <message>
            <source>too large to read for the index: not indexed</source>
            <translation>索引のために読むには大きすぎます：索引なし</translation>
        </message>
        <message>
            <source>malformed (nested too deeply): not indexed</source>
            <translation>形式が不正です（入れ子が深すぎます）：索引なし</translation>
        </message>
        <message>
            <source>could not be read ({kind}): not indexed</source>
            <translation>読み取れませんでした（{kind}）：索引なし</translation>
        </message>
        <message>
            <source>only the first {n} characters are indexed</source>
            <translation>最初の {n} 文字のみ索引済み</translation>
        </message>
        <message>
            <source>only part of the text is indexed (reading it took too long)</source>
            <translation>テキストの一部のみ索引済み（読み取りに時間がかかりすぎました）</translation>
        </message>
        <message>
            <source>encrypted PDF (needs a password): stored, not indexed</source>
            <translation>暗号化された PDF（パスワードが必要）：保存済み、索引なし</translation>
        </message>
        <message>
            <source>only the first {n} pages are indexed (reading it took too long)</source>
            <translation>最初の {n} ページのみ索引済み（読み取りに時間がかかりすぎました）</translation>
        </message>
        <message>
            <source>PDF without text (scanned pages?): not indexed</source>
            <translation>テキストのない PDF（スキャンしたページ？）：索引なし</translation>
        </message>
        <message>
            <source>malformed (not a readable zip): not indexed</source>
            <translation>形式が不正です（読み取れる ZIP ではありません）：索引なし</translation>
        </message>
        <message>
            <source>suspicious file ({n} parts): not indexed</source>
            <translation>不審なファイル（{n} 個のパーツ）：索引なし</translation>
        </message>
        <message>
            <source>suspicious file (would inflate to {mb} MB): not indexed</source>
            <translation>不審なファイル（展開すると {mb} MB）：索引なし</translation>
        </message>
        <message>
            <source>suspicious file (a part inflates over 200 times: a decompression bomb?): not indexed</source>
            <translation>不審なファイル（パーツの展開率が 200 倍超：解凍爆弾？）：索引なし</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>公開範囲</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>内部用</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>共有可</translation>
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
            <translation>追加…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>名前を付けて保存…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Make shareable</source>
            <translation>共有可にする</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>indexed</source>
            <translation>索引済み</translation>
        </message>
        <message>
            <source>content missing</source>
            <translation>内容なし</translation>
        </message>
        <message>
            <source>Make internal</source>
            <translation>内部用にする</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>添付ファイル</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>ファイルを添付</translation>
        </message>
        <message>
            <source>Papers (*.pdf *.docx *.xlsx *.txt *.png *.jpg);;All files (*)</source>
            <translation>文書 (*.pdf *.docx *.xlsx *.txt *.png *.jpg);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Attach {name}</source>
            <translation>{name} を添付</translation>
        </message>
        <message>
            <source>Save the attached file</source>
            <translation>添付ファイルを保存</translation>
        </message>
        <message>
            <source>Make {name} shareable</source>
            <translation>{name} を共有可にする</translation>
        </message>
        <message>
            <source>Make {name} internal</source>
            <translation>{name} を内部用にする</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>{name} を削除</translation>
        </message>
    </context>
    <context>
        <name>BracketChart</name>
        <message>
            <source>R{number}</source>
            <translation>第{number}回</translation>
        </message>
        <message>
            <source>Open brackets after each round: {series}.</source>
            <translation>各会合後の未解決の角括弧: {series}。</translation>
        </message>
        <message>
            <source>Open brackets after each round.</source>
            <translation>各会合後の未解決の角括弧。</translation>
        </message>
        <message>
            <source>The dashed line is the track's target date.</source>
            <translation>破線は交渉トラックの目標日です。</translation>
        </message>
        <message>
            <source>target {date}</source>
            <translation>目標 {date}</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>会合はまだありません</translation>
        </message>
    </context>
    <context>
        <name>Briefing</name>
        <message>
            <source>{track} round {number}</source>
            <translation>{track} 第{number}回会合</translation>
        </message>
        <message>
            <source>Negotiation briefing</source>
            <translation>交渉ブリーフィング</translation>
        </message>
        <message>
            <source>[{bracket}] in {track} {ref}</source>
            <translation>{track} {ref}の[{bracket}]</translation>
        </message>
        <message>
            <source>commitment of {owner}: {text}</source>
            <translation>{owner}のコミットメント：{text}</translation>
        </message>
        <message>
            <source>track {ref}</source>
            <translation>交渉トラック {ref}</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>ビデオ会議</translation>
        </message>
        <message>
            <source>[{bracket}] in {ref}</source>
            <translation>{ref}の[{bracket}]</translation>
        </message>
        <message>
            <source>version {number}, tabled by {party}</source>
            <translation>第{number}版（{party}提出）</translation>
        </message>
        <message>
            <source>version {number}, tabled by {party} at {round}</source>
            <translation>第{number}版（{party}提出、{round}）</translation>
        </message>
        <message>
            <source>no text yet</source>
            <translation>本文未登録</translation>
        </message>
        <message>
            <source>{state} (stale: due date passed {days} d ago)</source>
            <translation>{state}（期限経過後{days}日、要更新）</translation>
        </message>
        <message>
            <source>on {anchor}</source>
            <translation>{anchor}当日</translation>
        </message>
        <message>
            <source>%n day</source>
            <translation>%n日</translation>
        </message>
        <message>
            <source>%n days</source>
            <translation>%n日</translation>
        </message>
        <message>
            <source>%n month</source>
            <translation>%nか月</translation>
        </message>
        <message>
            <source>%n months</source>
            <translation>%nか月</translation>
        </message>
        <message>
            <source>{months} and {days}</source>
            <translation>{months}と{days}</translation>
        </message>
        <message>
            <source>{months} less {days}</source>
            <translation>{months}から{days}を引いた日</translation>
        </message>
        <message>
            <source>{amount} after {anchor}</source>
            <translation>{anchor}の{amount}後</translation>
        </message>
        <message>
            <source>{amount} before {anchor}</source>
            <translation>{anchor}の{amount}前</translation>
        </message>
        <message>
            <source>Issued {date}</source>
            <translation>発行 {date}</translation>
        </message>
        <message>
            <source> · log {head}</source>
            <translation> · ログ {head}</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>{number} / {total} ページ</translation>
        </message>
        <message>
            <source>{title}: {name}</source>
            <translation>{title}：{name}</translation>
        </message>
        <message>
            <source>Negotiation briefing on {tracks}, issued {date}, audience {audience}</source>
            <translation>{tracks}に関する交渉ブリーフィング（{date}発行、対象：{audience}）</translation>
        </message>
        <message>
            <source>no tracks</source>
            <translation>交渉トラックなし</translation>
        </message>
        <message>
            <source>Minutes — {track} round {number}</source>
            <translation>議事録 — {track} 第{number}回会合</translation>
        </message>
        <message>
            <source>Every intervention noted at the round, and the delegation's comments on it.</source>
            <translation>会合で記録したすべての発言と、それに対する代表団のコメント。</translation>
        </message>
        <message>
            <source>The round's facts and the notes the delegation chose to share; the interventions are internal.</source>
            <translation>会合の概要と代表団が共有を選んだメモ。発言記録は内部資料です。</translation>
        </message>
        <message>
            <source>No interventions were noted at this round.</source>
            <translation>この会合では発言が記録されていません。</translation>
        </message>
        <message>
            <source>Issued {date}.</source>
            <translation>{date}発行。</translation>
        </message>
        <message>
            <source>Clauses by status</source>
            <translation>ステータス別の条項</translation>
        </message>
        <message>
            <source>Open brackets after each round</source>
            <translation>各会合後の未解決の角括弧</translation>
        </message>
        <message>
            <source>- - target {date}</source>
            <translation>- - 目標 {date}</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>会合なし</translation>
        </message>
        <message>
            <source>R{number}</source>
            <translation>R{number}</translation>
        </message>
        <message>
            <source>parties {parties}</source>
            <translation>当事者 {parties}</translation>
        </message>
        <message>
            <source>target date {date}</source>
            <translation>目標日 {date}</translation>
        </message>
        <message>
            <source>Last round: round {number}, {date}, {place}</source>
            <translation>直近の会合：第{number}回、{date}、{place}</translation>
        </message>
        <message>
            <source>Clauses at a glance</source>
            <translation>条項一覧</translation>
        </message>
        <message>
            <source>No clauses yet.</source>
            <translation>条項はまだありません。</translation>
        </message>
        <message>
            <source>Stances: {first} to {last}</source>
            <translation>立場：{first}～{last}</translation>
        </message>
        <message>
            <source>Stances: {party}</source>
            <translation>立場：{party}</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ステータス</translation>
        </message>
        <message>
            <source>Obligation weakened</source>
            <translation>義務の弱化</translation>
        </message>
        <message>
            <source>Obligation strengthened</source>
            <translation>義務の強化</translation>
        </message>
        <message>
            <source>Obligation changed</source>
            <translation>義務の変更</translation>
        </message>
        <message>
            <source>no modal</source>
            <translation>法助動詞なし</translation>
        </message>
        <message>
            <source>%n open bracket</source>
            <translation>未解決の角括弧 %n</translation>
        </message>
        <message>
            <source>%n open brackets</source>
            <translation>未解決の角括弧 %n</translation>
        </message>
        <message>
            <source>no open brackets</source>
            <translation>未解決の角括弧なし</translation>
        </message>
        <message>
            <source>Current text — {version}</source>
            <translation>現行本文 — {version}</translation>
        </message>
        <message>
            <source>No text recorded.</source>
            <translation>本文は記録されていません。</translation>
        </message>
        <message>
            <source>Changes since {version}</source>
            <translation>{version}からの変更</translation>
        </message>
        <message>
            <source>No change in wording.</source>
            <translation>文言の変更なし。</translation>
        </message>
        <message>
            <source>… and %n more modal change: see the redline above.</source>
            <translation>… ほか%n件の法的拘束度の変更：上の変更履歴を参照。</translation>
        </message>
        <message>
            <source>… and %n more modal changes: see the redline above.</source>
            <translation>… ほか%n件の法的拘束度の変更：上の変更履歴を参照。</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>各当事者の立場</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>当事者</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>立場</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>時点</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>内部限り</translation>
        </message>
        <message>
            <source>our position, not for the other side</source>
            <translation>当方の立場（相手方には非開示）</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>コメント</translation>
        </message>
        <message>
            <source>Comment threads of the delegation.</source>
            <translation>代表団のコメントスレッド。</translation>
        </message>
        <message>
            <source>Comments the delegation chose to share.</source>
            <translation>代表団が共有を選んだコメント。</translation>
        </message>
        <message>
            <source> — resolved</source>
            <translation> — 解決済み</translation>
        </message>
        <message>
            <source>brackets opened</source>
            <translation>角括弧の追加</translation>
        </message>
        <message>
            <source>brackets closed</source>
            <translation>角括弧の解消</translation>
        </message>
        <message>
            <source>moves towards ours</source>
            <translation>当方への接近</translation>
        </message>
        <message>
            <source>moves away</source>
            <translation>当方からの乖離</translation>
        </message>
        <message>
            <source>our fallbacks used (internal)</source>
            <translation>使用した代替案（内部）</translation>
        </message>
        <message>
            <source>By round</source>
            <translation>会合別</translation>
        </message>
        <message>
            <source>Round {number} · {date}</source>
            <translation>第{number}回 · {date}</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>会合</translation>
        </message>
        <message>
            <source>Brackets opened</source>
            <translation>角括弧の追加</translation>
        </message>
        <message>
            <source>Brackets closed</source>
            <translation>角括弧の解消</translation>
        </message>
        <message>
            <source>Moves towards ours</source>
            <translation>当方への接近</translation>
        </message>
        <message>
            <source>Moves away from ours</source>
            <translation>当方からの乖離</translation>
        </message>
        <message>
            <source>Our fallbacks used (internal)</source>
            <translation>使用した代替案（内部）</translation>
        </message>
        <message>
            <source>Interventions (internal)</source>
            <translation>発言数（内部）</translation>
        </message>
        <message>
            <source>Ours: {party}. Brackets opened {opened}, closed {closed}. A move is a party's new stance on a clause beside its previous one, nearer to ours (towards) or further (away).</source>
            <translation>当方：{party}。角括弧の追加 {opened}、解消 {closed}。動きとは、ある条項に対する当事者の新しい立場を前回と比べたもので、当方に近づいた（接近）か離れた（乖離）かを示します。</translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>未設定</translation>
        </message>
        <message>
            <source>our fallbacks used and the interventions come from our positions and our minutes of {track}: not for the other side.</source>
            <translation>使用した代替案と発言数は{track}に関する当方の立場と議事録に基づきます。相手方には非開示。</translation>
        </message>
        <message>
            <source>Internal — includes our red lines, fallback positions and internal notes.</source>
            <translation>内部用 — 当方のレッドライン、代替案、内部メモを含みます。</translation>
        </message>
        <message>
            <source>Shareable — prepared for counterparts; internal-only fields are left out.</source>
            <translation>共有用 — 相手方向けに作成。内部専用の項目は除外しています。</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>内部用</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>共有用</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Commitments and deadlines</source>
            <translation>コミットメントと期限</translation>
        </message>
        <message>
            <source>Annex: round log</source>
            <translation>付録：会合記録</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>スコアカード</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>表紙</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>目次</translation>
        </message>
        <message>
            <source>place not recorded</source>
            <translation>場所未記録</translation>
        </message>
        <message>
            <source>Topic comparison: {topic}</source>
            <translation>テーマ比較：{topic}</translation>
        </message>
        <message>
            <source> (target {date})</source>
            <translation>（目標 {date}）</translation>
        </message>
        <message>
            <source>… and %n more, listed in the contents</source>
            <translation>… ほか%n件（目次に記載）</translation>
        </message>
        <message>
            <source>Tracks covered</source>
            <translation>対象の交渉トラック</translation>
        </message>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>発行日</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>作成</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>{clauses} in {tracks}</source>
            <translation>{tracks}に{clauses}</translation>
        </message>
        <message>
            <source>%n clause</source>
            <translation>条項%n件</translation>
        </message>
        <message>
            <source>%n clauses</source>
            <translation>条項%n件</translation>
        </message>
        <message>
            <source>%n track</source>
            <translation>交渉トラック%n件</translation>
        </message>
        <message>
            <source>%n tracks</source>
            <translation>交渉トラック%n件</translation>
        </message>
        <message>
            <source>Rounds, wording and positions marked illustrative in the log are illustrative.</source>
            <translation>ログで例示と記された会合・文言・立場は例示です。</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>目標日なし</translation>
        </message>
        <message>
            <source>Target {date} (today)</source>
            <translation>目標日 {date}（本日）</translation>
        </message>
        <message>
            <source>Target {date} (in %n day)</source>
            <translation>目標日 {date}（あと%n日）</translation>
        </message>
        <message>
            <source>Target {date} (in %n days)</source>
            <translation>目標日 {date}（あと%n日）</translation>
        </message>
        <message>
            <source>Target {date} (%n day ago)</source>
            <translation>目標日 {date}（%n日前）</translation>
        </message>
        <message>
            <source>Target {date} (%n days ago)</source>
            <translation>目標日 {date}（%n日前）</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>日付なし</translation>
        </message>
        <message>
            <source>Parties: {parties}</source>
            <translation>当事者：{parties}</translation>
        </message>
        <message>
            <source>Last round {number} on {date}</source>
            <translation>直近の会合 第{number}回（{date}）</translation>
        </message>
        <message>
            <source>Next deadlines</source>
            <translation>直近の期限</translation>
        </message>
        <message>
            <source>None open.</source>
            <translation>未完了なし。</translation>
        </message>
        <message>
            <source>Overdue commitments</source>
            <translation>期限超過のコミットメント</translation>
        </message>
        <message>
            <source>None overdue.</source>
            <translation>期限超過なし。</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>コミットメント</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>超過日数</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>No commitments recorded.</source>
            <translation>コミットメントは記録されていません。</translation>
        </message>
        <message>
            <source>As of {date}. Relative deadlines show the event they count from. Assessments score compliance −1, 0 or +1.</source>
            <translation>{date}時点。相対期限は起算となる出来事を示します。評価は履行状況を −1、0、+1 で採点します。</translation>
        </message>
        <message>
            <source>Due (anchor)</source>
            <translation>期限（起算点）</translation>
        </message>
        <message>
            <source>Commitment, source and assessments</source>
            <translation>コミットメント・出典・評価</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>超過</translation>
        </message>
        <message>
            <source>no track</source>
            <translation>交渉トラックなし</translation>
        </message>
        <message>
            <source>Assessment: {line}</source>
            <translation>評価：{line}</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days}日</translation>
        </message>
        <message>
            <source>Attached papers</source>
            <translation>添付資料</translation>
        </message>
        <message>
            <source>Papers attached in the log; ask the delegation for a copy.</source>
            <translation>ログに添付された資料です。写しは代表団にご請求ください。</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>資料</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Attached to</source>
            <translation>添付先</translation>
        </message>
        <message>
            <source>Round {number} — {date}, {place}</source>
            <translation>第{number}回会合 — {date}、{place}</translation>
        </message>
        <message>
            <source> (illustrative)</source>
            <translation>（例示）</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>出席者</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>成果</translation>
        </message>
        <message>
            <source> — due {date}</source>
            <translation> — 期限 {date}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>open</source>
            <translation>未完了</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>フォローアップ</translation>
        </message>
        <message>
            <source>Minutes (internal)</source>
            <translation>議事録（内部）</translation>
        </message>
        <message>
            <source>No rounds recorded.</source>
            <translation>会合は記録されていません。</translation>
        </message>
        <message>
            <source>End of briefing. {tracks}, issued {date}.</source>
            <translation>ブリーフィング終わり。{tracks}、{date}発行。</translation>
        </message>
        <message>
            <source>Supports</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>修正</translation>
        </message>
        <message>
            <source>Reserves</source>
            <translation>留保</translation>
        </message>
        <message>
            <source>Opposes</source>
            <translation>反対</translation>
        </message>
        <message>
            <source>Stances</source>
            <translation>立場</translation>
        </message>
        <message>
            <source>No position recorded.</source>
            <translation>立場は記録されていません。</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>挿入</translation>
        </message>
        <message>
            <source>Legend: {deleted} (in the first clause only) · {inserted} (in the second only) · plain text is in both.</source>
            <translation>凡例：{deleted}（最初の条項のみ）· {inserted}（2番目のみ）· 通常の文字は両方に共通。</translation>
        </message>
        <message>
            <source>no clause on this topic in {tracks}</source>
            <translation>{tracks}にこのテーマの条項なし</translation>
        </message>
        <message>
            <source>No clause on this topic in the tracks covered.</source>
            <translation>対象の交渉トラックにこのテーマの条項はありません。</translation>
        </message>
        <message>
            <source>Redline: {first} → {second}</source>
            <translation>変更履歴：{first} → {second}</translation>
        </message>
        <message>
            <source>The two texts are the same.</source>
            <translation>2つの本文は同一です。</translation>
        </message>
        <message>
            <source>no round</source>
            <translation>会合なし</translation>
        </message>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track} 第{number}回会合（{date}）</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>レッドライン</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>代替案</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>内部メモ</translation>
        </message>
        <message>
            <source>interim</source>
            <translation>中間</translation>
        </message>
        <message>
            <source>final</source>
            <translation>最終</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>left out {what}</source>
            <translation>除外: {what}</translation>
        </message>
        <message>
            <source> and </source>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>%n commitment due(s)</source>
            <translation>
                <numerusform>コミットメント期限 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>交渉会合 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target date(s)</source>
            <translation>
                <numerusform>目標日 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) with no due date</source>
            <translation>
                <numerusform>期限のないコミットメント %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) due relative to an event that has no date</source>
            <translation>
                <numerusform>日付のない出来事を基準とするコミットメント %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n track(s) with no target date</source>
            <translation>
                <numerusform>目標日のない交渉トラック %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>open</source>
            <translation>未着手</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>順調</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>遅延の恐れ</translation>
        </message>
        <message>
            <source>met</source>
            <translation>履行済み</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>不履行</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>声明</translation>
        </message>
        <message>
            <source>round</source>
            <translation>交渉会合</translation>
        </message>
        <message>
            <source>clause</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>interim</source>
            <translation>中間</translation>
        </message>
        <message>
            <source>final</source>
            <translation>最終</translation>
        </message>
        <message>
            <source>{name} — deadlines</source>
            <translation>{name} — 期限</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>締約当事者</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>出席者</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>成果</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>コミットメント</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>評価</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>Target date: {title}</source>
            <translation>目標期日: {title}</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>ビデオ会議</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>第{number}回交渉会合</translation>
        </message>
        <message>
            <source>Illustrative (not a real meeting)</source>
            <translation>例示（実際の会合ではありません）</translation>
        </message>
        <message>
            <source>Due ({owner}): {text}</source>
            <translation>期限（{owner}）: {text}</translation>
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <source> days before</source>
            <translation> 日前</translation>
        </message>
        <message>
            <source>No reminder</source>
            <translation>リマインダーなし</translation>
        </message>
        <message>
            <source>&amp;Reminder</source>
            <translation>リマインダー(&amp;R)</translation>
        </message>
        <message>
            <source>1 internal compliance assessment</source>
            <translation>内部の履行評価 1 件</translation>
        </message>
        <message>
            <source>{n} internal compliance assessments</source>
            <translation>内部の履行評価 {n} 件</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out of this calendar:&lt;/b&gt; {what} (positions, red lines and fallbacks are never in a calendar).</source>
            <translation>&lt;b&gt;このカレンダーから除外:&lt;/b&gt; {what}(ポジション、レッドライン、代替案はカレンダーに含まれません)。</translation>
        </message>
        <message>
            <source>{what} (an event needs a date).</source>
            <translation>{what}(予定には日付が必要です)。</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogModel</name>
        <message>
            <source>clause</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>clause text</source>
            <translation>条項本文</translation>
        </message>
        <message>
            <source>bracket</source>
            <translation>角括弧</translation>
        </message>
        <message>
            <source>position</source>
            <translation>立場</translation>
        </message>
        <message>
            <source>round</source>
            <translation>交渉会合</translation>
        </message>
        <message>
            <source>action</source>
            <translation>行動</translation>
        </message>
        <message>
            <source>track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>コミットメント</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>評価</translation>
        </message>
        <message>
            <source>anchor date</source>
            <translation>基準日</translation>
        </message>
        <message>
            <source>party</source>
            <translation>当事者</translation>
        </message>
        <message>
            <source>log setting</source>
            <translation>記録の設定</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>日時 (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>実行者</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>記録</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>created</source>
            <translation>作成</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Before:
{old}

After:
{new}</source>
            <translation>変更前:
{old}

変更後:
{new}</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogView</name>
        <message>
            <source>Filter by person, record, field, value or source…</source>
            <translation>人、記録、項目、値、出典で絞り込み…</translation>
        </message>
        <message>
            <source>Filter the change log</source>
            <translation>変更履歴を絞り込む</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>変更履歴</translation>
        </message>
        <message>
            <source> (scroll for more)</source>
            <translation>（スクロールで続きを表示）</translation>
        </message>
        <message>
            <source>{shown} entries shown, newest first{more}. The log is append-only; `mineralsdesk check` verifies its hash chain.</source>
            <translation>{shown} 件を新しい順に表示{more}。記録は追記のみで、`mineralsdesk check` がハッシュチェーンを検証します。</translation>
        </message>
    </context>
    <context>
        <name>ClauseDetail</name>
        <message>
            <source>Select a clause</source>
            <translation>条項を選択してください</translation>
        </message>
        <message>
            <source>Clause status (only the moves the negotiation rules allow are offered)</source>
            <translation>条項の状態（交渉ルールで認められる変更のみ表示）</translation>
        </message>
        <message>
            <source>New version…</source>
            <translation>新しい版…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>現行本文</translation>
        </message>
        <message>
            <source>Redline</source>
            <translation>変更箇所</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>会合</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>提案者</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>本文</translation>
        </message>
        <message>
            <source>Versions of past rounds are read-only. Double-click a version to see what it changed.</source>
            <translation>過去の会合の版は読み取り専用です。版をダブルクリックすると変更点を表示します。</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>版</translation>
        </message>
        <message>
            <source>Brackets</source>
            <translation>角括弧</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>添付</translation>
        </message>
        <message>
            <source>From</source>
            <translation>比較元</translation>
        </message>
        <message>
            <source>to</source>
            <translation>比較先</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>文言</translation>
        </message>
        <message>
            <source>Supporters</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Objectors</source>
            <translation>反対</translation>
        </message>
        <message>
            <source>Appeared</source>
            <translation>出現</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>解決</translation>
        </message>
        <message>
            <source>Edit bracket…</source>
            <translation>角括弧を編集…</translation>
        </message>
        <message>
            <source>no minerals named</source>
            <translation>鉱物の指定なし</translation>
        </message>
        <message>
            <source>R{number} {date}</source>
            <translation>第{number}回 {date}</translation>
        </message>
        <message>
            <source>Open brackets proposed by: {parties}</source>
            <translation>未解決の角括弧の提案者: {parties}</translation>
        </message>
        <message>
            <source>No open brackets: all of this text is agreed wording or clean draft.</source>
            <translation>未解決の角括弧はありません。本文はすべて合意済みの文言か角括弧のない草案です。</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>第{number}回会合</translation>
        </message>
        <message>
            <source>open</source>
            <translation>未解決</translation>
        </message>
        <message>
            <source>Changes proposed by {party} in v{number}: {inserted} (underlined), {deleted} (struck through).</source>
            <translation>{party} による v{number} の変更: {inserted}（下線）、{deleted}（取り消し線）。</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>挿入</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>The same version on both sides: nothing to compare.</source>
            <translation>両側が同じ版です。比較するものはありません。</translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>状態は変更されていません</translation>
        </message>
    </context>
    <context>
        <name>ClauseForm</name>
        <message>
            <source>Text</source>
            <translation>本文</translation>
        </message>
        <message>
            <source>Edit clause</source>
            <translation>条項を編集</translation>
        </message>
        <message>
            <source>New clause</source>
            <translation>新しい条項</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>参照番号</translation>
        </message>
        <message>
            <source>e.g. Art. 4.2</source>
            <translation>例: 第4.2条</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>表題</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>鉱物</translation>
        </message>
        <message>
            <source>comma-separated, e.g. lithium, graphite</source>
            <translation>カンマ区切り（例: lithium, graphite）</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>提案者</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>会合</translation>
        </message>
        <message>
            <source>No round (drafted outside a meeting)</source>
            <translation>会合なし（会合外で起草）</translation>
        </message>
        <message>
            <source>Give the clause a reference, e.g. Art. 4.2</source>
            <translation>条項に参照番号を付けてください（例: 第4.2条）</translation>
        </message>
        <message>
            <source>Give the clause a title</source>
            <translation>条項に表題を付けてください</translation>
        </message>
        <message>
            <source>Add a track first (Tracks screen)</source>
            <translation>先に交渉トラックを追加してください（トラック画面）</translation>
        </message>
        <message>
            <source>Type the clause text as proposed</source>
            <translation>提案どおりの条項本文を入力してください</translation>
        </message>
        <message>
            <source>Add clause {ref}</source>
            <translation>条項 {ref} を追加</translation>
        </message>
        <message>
            <source>Edit clause {ref}</source>
            <translation>条項 {ref} を編集</translation>
        </message>
        <message>
            <source>New version of {ref}</source>
            <translation>{ref} の新しい版</translation>
        </message>
        <message>
            <source>Add a round for this track first (Rounds screen)</source>
            <translation>先にこのトラックの会合を追加してください（会合画面）</translation>
        </message>
        <message>
            <source>The new version needs its text</source>
            <translation>新しい版には本文が必要です</translation>
        </message>
        <message>
            <source>Bracket</source>
            <translation>角括弧</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>文言</translation>
        </message>
        <message>
            <source>Supporters</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Objectors</source>
            <translation>反対</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>解決</translation>
        </message>
        <message>
            <source>Open (not resolved)</source>
            <translation>未解決</translation>
        </message>
        <message>
            <source>at {round}</source>
            <translation>{round} で</translation>
        </message>
        <message>
            <source>{parties} cannot both support and object to the same wording</source>
            <translation>{parties} は同じ文言を支持と反対の両方にはできません</translation>
        </message>
        <message>
            <source>Edit bracket</source>
            <translation>角括弧を編集</translation>
        </message>
    </context>
    <context>
        <name>ClauseStatusLegend</name>
        <message>
            <source>drafted</source>
            <translation>起草</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>提案</translation>
        </message>
        <message>
            <source>under negotiation</source>
            <translation>交渉中</translation>
        </message>
        <message>
            <source>bracketed</source>
            <translation>角括弧付き</translation>
        </message>
        <message>
            <source>agreed ad referendum</source>
            <translation>ad referendum 合意</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>合意</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>削除</translation>
        </message>
    </context>
    <context>
        <name>ClauseTableModel</name>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>表題</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>F2 or double-click to change</source>
            <translation>F2 またはダブルクリックで変更</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>鉱物</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>版</translation>
        </message>
        <message>
            <source>Text versions recorded for the clause</source>
            <translation>条項について記録された本文の版</translation>
        </message>
        <message>
            <source>Open [ ]</source>
            <translation>未解決 [ ]</translation>
        </message>
        <message>
            <source>Bracketed wording not yet agreed</source>
            <translation>未合意の角括弧内の文言</translation>
        </message>
        <message>
            <source>Last round</source>
            <translation>直近の会合</translation>
        </message>
        <message>
            <source>Round of the current version</source>
            <translation>現行版の会合</translation>
        </message>
    </context>
    <context>
        <name>ClausesView</name>
        <message>
            <source>Filter clauses by word (ref, title, topic, status, mineral)…</source>
            <translation>語で条項を絞り込み（番号、表題、テーマ、状態、鉱物）…</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <source>Any topic</source>
            <translation>すべてのテーマ</translation>
        </message>
        <message>
            <source>New clause…</source>
            <translation>新しい条項…</translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>状態は変更されていません</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>全トラック</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s)</source>
            <translation>
                <numerusform>%n 件の条項</numerusform>
            </translation>
        </message>
        <message>
            <source> match the filter</source>
            <translation>（絞り込み結果）</translation>
        </message>
    </context>
    <context>
        <name>Command line</name>
        <message>
            <source> (a query that starts with '-' goes after --: mineralsdesk search -- -price; to leave a word out write: price NOT floor)</source>
            <translation>（「-」で始まる検索語は -- の後に置きます: mineralsdesk search -- -price。語を除くには: price NOT floor）</translation>
        </message>
        <message>
            <source>{message} (see mineralsdesk --help)</source>
            <translation>{message}（mineralsdesk --help を参照）</translation>
        </message>
        <message>
            <source>unknown party {text}; choose one of {codes}</source>
            <translation>不明な当事者 {text}。次から選んでください: {codes}</translation>
        </message>
        <message>
            <source>{text} is not a positive whole number</source>
            <translation>{text} は正の整数ではありません</translation>
        </message>
        <message>
            <source>{text} is not a whole number from 0 (no reminder) to {most}</source>
            <translation>{text} は 0（通知なし）から {most} までの整数ではありません</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>警告: {message}</translation>
        </message>
        <message>
            <source>Created {path}</source>
            <translation>{path} を作成しました</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>一致なし。</translation>
        </message>
        <message>
            <source>(no text)</source>
            <translation>（本文なし）</translation>
        </message>
        <message>
            <source>No clauses on {topic} with those words.</source>
            <translation>{topic} について、その語を含む条項はありません。</translation>
        </message>
        <message>
            <source>No clauses on {topic}.</source>
            <translation>{topic} についての条項はありません。</translation>
        </message>
        <message>
            <source>schema version: {version}</source>
            <translation>スキーマのバージョン: {version}</translation>
        </message>
        <message>
            <source>head: {head}</source>
            <translation>先頭: {head}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>問題: {problem}</translation>
        </message>
        <message>
            <source>{count} problem(s) found.</source>
            <translation>問題が {count} 件見つかりました。</translation>
        </message>
        <message>
            <source>1 of {count} problems; all of them</source>
            <translation>{count} 件中 1 件。すべて</translation>
        </message>
        <message>
            <source>details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <source>PROBLEM: {problem} ({more}: {command}).</source>
            <translation>問題: {problem}（{more}: {command}）。</translation>
        </message>
        <message>
            <source>No good automatic backup of it was found.</source>
            <translation>正常な自動バックアップは見つかりませんでした。</translation>
        </message>
        <message>
            <source>Newest good backup: {path} ({taken} UTC); restore it with: {command}</source>
            <translation>最新の正常なバックアップ: {path}（{taken} UTC）。復元するには: {command}</translation>
        </message>
        <message>
            <source>Backed up to {path} (head {head})</source>
            <translation>{path} にバックアップしました（先頭 {head}）</translation>
        </message>
        <message>
            <source>Accept {path} as it is now, recording any difference from its history, and re-key it on this computer? [y/N] </source>
            <translation>{path} を現状のまま承認し、履歴との差異を記録して、このコンピューターで鍵を更新しますか? [y/N] </translation>
        </message>
        <message>
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>何も変更していません。</translation>
        </message>
        <message>
            <source>Trusted and re-keyed on this computer ({count} baseline entries written); head {head}</source>
            <translation>このコンピューターで承認し、鍵を更新しました（基準エントリ {count} 件を記録）。先頭 {head}</translation>
        </message>
        <message>
            <source>Restored {path} from {backup} (previous log kept as {saved})</source>
            <translation>{backup} から {path} を復元しました（以前のログは {saved} として保存）</translation>
        </message>
        <message>
            <source>Restored {path} from {backup}</source>
            <translation>{backup} から {path} を復元しました</translation>
        </message>
        <message>
            <source>{path} is NOT encrypted (--plain): anyone with the file can read the log</source>
            <translation>{path} は暗号化されていません（--plain）。ファイルを持つ誰もがログを読めます</translation>
        </message>
        <message>
            <source>{path} is an INTERNAL dump (red lines, fallbacks, internal notes and the whole change history); do not send it outside the delegation (see --audience shareable)</source>
            <translation>{path} は内部用ダンプです（レッドライン、代替案、内部メモ、全変更履歴）。代表団の外に送らないでください（--audience shareable を参照）</translation>
        </message>
        <message>
            <source>Wrote {path}: {what}</source>
            <translation>{path} を書き出しました: {what}</translation>
        </message>
        <message>
            <source>note: {message} (an event needs a date)</source>
            <translation>注: {message}（予定には日付が必要です）</translation>
        </message>
        <message>
            <source>Wrote {path} (password-protected)</source>
            <translation>{path} を書き出しました（パスワード保護）</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>{path} を書き出しました</translation>
        </message>
        <message>
            <source>Passphrase of {name}: </source>
            <translation>{name} のパスフレーズ: </translation>
        </message>
        <message>
            <source>Imported {path}: {what}</source>
            <translation>{path} を取り込みました: {what}</translation>
        </message>
        <message>
            <source>Password for {name}: </source>
            <translation>{name} のパスワード: </translation>
        </message>
        <message>
            <source>Added {initials} {name}</source>
            <translation>{initials} {name} を追加しました</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>（無効）</translation>
        </message>
        <message>
            <source>Noted #{seq}: {party} {signal} {clause}</source>
            <translation>記録 #{seq}: {party} {signal} {clause}</translation>
        </message>
        <message>
            <source>Nothing to apply: positions and brackets already say what the minutes say</source>
            <translation>適用するものはありません: 立場と角括弧はすでに議事録どおりです</translation>
        </message>
        <message>
            <source>Applied {count} change(s)</source>
            <translation>{count} 件の変更を適用しました</translation>
        </message>
        <message>
            <source>{count} change(s) proposed; run again with --yes to apply them all</source>
            <translation>{count} 件の変更を提案します。すべて適用するには --yes を付けて再実行してください</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>解決済み</translation>
        </message>
        <message>
            <source>Comment {id} ({audience})</source>
            <translation>コメント {id}（{audience}）</translation>
        </message>
        <message>
            <source>[resolved]</source>
            <translation>[解決済み]</translation>
        </message>
        <message>
            <source>[shareable]</source>
            <translation>[共有可]</translation>
        </message>
        <message>
            <source>Assigned {kind} {ref} to {member}</source>
            <translation>{kind} {ref} を {member} に割り当てました</translation>
        </message>
        <message>
            <source>unrecognized arguments: {arguments}</source>
            <translation>認識できない引数: {arguments}</translation>
        </message>
        <message>
            <source>error: no log at {path} (create one with: {command})</source>
            <translation>エラー: {path} にログがありません（作成するには: {command}）</translation>
        </message>
        <message>
            <source>interrupted; nothing was left half-written</source>
            <translation>中断しました。書きかけのものは残っていません</translation>
        </message>
        <message>
            <source>error: {message}</source>
            <translation>エラー: {message}</translation>
        </message>
        <message>
            <source>unexpected error ({kind}); details in {path}</source>
            <translation>予期しないエラー（{kind}）。詳細は {path}</translation>
        </message>
        <message>
            <source>New passphrase for {name} (at least 10 characters): </source>
            <translation>{name} の新しいパスフレーズ（10 文字以上）: </translation>
        </message>
        <message>
            <source>Passphrase: {strength}</source>
            <translation>パスフレーズ: {strength}</translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>同じパスフレーズをもう一度: </translation>
        </message>
        <message>
            <source>Encrypted {path}</source>
            <translation>{path} を暗号化しました</translation>
        </message>
        <message>
            <source>{count} automatic backup(s) of it taken before are NOT encrypted:</source>
            <translation>以前の自動バックアップ {count} 件は暗号化されていません:</translation>
        </message>
        <message>
            <source>Remove them with: {command}</source>
            <translation>削除するには: {command}</translation>
        </message>
        <message>
            <source>Decrypted {path}: it is now readable by anyone with the file (its backups stay encrypted)</source>
            <translation>{path} を復号しました: ファイルを持つ誰もが読めます（バックアップは暗号化されたままです）</translation>
        </message>
        <message>
            <source>Changed the passphrase of {path} (backups taken before keep the old one)</source>
            <translation>{path} のパスフレーズを変更しました（以前のバックアップは古いままです）</translation>
        </message>
        <message>
            <source>indexed</source>
            <translation>索引済み</translation>
        </message>
        <message>
            <source>not indexed</source>
            <translation>索引なし</translation>
        </message>
        <message>
            <source>Attached {name} ({size} bytes, {audience}) as {id}; {state}</source>
            <translation>{name} を添付しました（{size} バイト、{audience}）ID {id}。{state}</translation>
        </message>
        <message>
            <source>content missing</source>
            <translation>内容がありません</translation>
        </message>
        <message>
            <source>No attachments.</source>
            <translation>添付ファイルはありません。</translation>
        </message>
        <message>
            <source>Wrote {path} ({size} bytes)</source>
            <translation>{path} を書き出しました（{size} バイト）</translation>
        </message>
        <message>
            <source>Removed {name} ({id})</source>
            <translation>{name} を削除しました（{id}）</translation>
        </message>
        <message>
            <source>Colleague's copy written to {path}; give it to them with the delegation's sync passphrase</source>
            <translation>同僚用のコピーを {path} に書き出しました。代表団の同期パスフレーズと一緒に渡してください</translation>
        </message>
        <message>
            <source>Sync file for {colleague} written to {path} ({size} bytes)</source>
            <translation>{colleague} 用の同期ファイルを {path} に書き出しました（{size} バイト）</translation>
        </message>
        <message>
            <source>conflict: {line}</source>
            <translation>競合: {line}</translation>
        </message>
        <message>
            <source>base {base}	ours {ours}	theirs {theirs}</source>
            <translation>基準 {base}	自分 {ours}	相手 {theirs}</translation>
        </message>
        <message>
            <source>{count} open conflict(s)</source>
            <translation>未解決の競合 {count} 件</translation>
        </message>
        <message>
            <source>sent {sent}	received {received}	last synced {when}</source>
            <translation>送信 {sent}	受信 {received}	最終同期 {when}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>未実施</translation>
        </message>
        <message>
            <source>Conflict {id} settled ({choice})</source>
            <translation>競合 {id} を解決しました（{choice}）</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>Comment</source>
            <translation>コメント</translation>
        </message>
        <message>
            <source>By</source>
            <translation>投稿者</translation>
        </message>
        <message>
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>A comment (Enter adds it; with a comment selected, Reply answers it)</source>
            <translation>コメント(Enter で追加。コメントを選択して「返信」で返信)</translation>
        </message>
        <message>
            <source>&amp;Shareable</source>
            <translation>共有可(&amp;S)</translation>
        </message>
        <message>
            <source>May be printed in a shareable briefing on request; internal otherwise</source>
            <translation>依頼があれば共有用ブリーフィングに印刷可。それ以外は内部用</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>追加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Reply</source>
            <translation>返信(&amp;R)</translation>
        </message>
        <message>
            <source>Resol&amp;ve / reopen</source>
            <translation>解決/再開(&amp;V)</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>コメントを追加</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>返信</translation>
        </message>
        <message>
            <source>Select the comment to reply to</source>
            <translation>返信するコメントを選択してください</translation>
        </message>
        <message>
            <source>Reopen thread</source>
            <translation>スレッドを再開</translation>
        </message>
        <message>
            <source>Resolve thread</source>
            <translation>スレッドを解決</translation>
        </message>
    </context>
    <context>
        <name>CommitmentForm</name>
        <message>
            <source>Edit commitment</source>
            <translation>コミットメントを編集</translation>
        </message>
        <message>
            <source>New commitment</source>
            <translation>新しいコミットメント</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>コミットメント</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>No particular track</source>
            <translation>特定のトラックなし</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Source detail</source>
            <translation>出典の詳細</translation>
        </message>
        <message>
            <source>On a date</source>
            <translation>日付で指定</translation>
        </message>
        <message>
            <source>Relative to an event</source>
            <translation>出来事を基準に</translation>
        </message>
        <message>
            <source> months</source>
            <translation> か月</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <source>after</source>
            <translation>後（基準）</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>Say what was committed to</source>
            <translation>何を約束したかを記入してください</translation>
        </message>
        <message>
            <source>Choose the event the deadline counts from</source>
            <translation>期限の起算となる出来事を選んでください</translation>
        </message>
        <message>
            <source>Add commitment</source>
            <translation>コミットメントを追加</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsModel</name>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>起算点</translation>
        </message>
        <message>
            <source>Relative deadlines move with the event they count from</source>
            <translation>相対期限は起算となる出来事に合わせて動きます</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当</translation>
        </message>
        <message>
            <source>F2 or double-click to change</source>
            <translation>F2 またはダブルクリックで変更</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>コミットメント</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>履行状況</translation>
        </message>
        <message>
            <source>Latest score per party: +1 complied, 0 partly, −1 did not</source>
            <translation>当事者ごとの最新評点: +1 履行、0 一部、−1 不履行</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>日付なし</translation>
        </message>
        <message numerus="yes">
            <source> — overdue by %n day(s)</source>
            <translation>
                <numerusform> — %n 日超過</numerusform>
            </translation>
        </message>
        <message>
            <source> — due today</source>
            <translation> — 本日期限</translation>
        </message>
        <message numerus="yes">
            <source> — due in %n day(s)</source>
            <translation>
                <numerusform> — あと %n 日</numerusform>
            </translation>
        </message>
        <message>
            <source>Commitment {old} → {new}</source>
            <translation>コミットメント {old} → {new}</translation>
        </message>
        <message>
            <source>Commitment owner {old} → {new}</source>
            <translation>コミットメント担当 {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsView</name>
        <message>
            <source>Filter commitments by word…</source>
            <translation>語でコミットメントを絞り込み…</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>すべての状況</translation>
        </message>
        <message>
            <source>Not closed (open, on track, at risk)</source>
            <translation>未完了（未着手・順調・要注意）</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>New commitment…</source>
            <translation>新しいコミットメント…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>As of {date}: {overdue} · {soon} · met and missed commitments are closed.</source>
            <translation>{date} 時点: {overdue} · {soon} · 達成・未達のコミットメントは完了扱い。</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>due within 7 days</source>
            <translation>7日以内に期限</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>当事者</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>評点</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>公開範囲</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>根拠</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>評価…</translation>
        </message>
        <message>
            <source>Remove assessment</source>
            <translation>評価を削除</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>添付</translation>
        </message>
        <message>
            <source>Commitment not changed</source>
            <translation>コミットメントは変更されていません</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>全トラック</translation>
        </message>
        <message>
            <source>Compliance assessments — select a commitment</source>
            <translation>履行状況の評価 — コミットメントを選択</translation>
        </message>
        <message>
            <source>Compliance assessments — {text}</source>
            <translation>履行状況の評価 — {text}</translation>
        </message>
        <message>
            <source>Remove {party} assessment</source>
            <translation>{party} の評価を削除</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Record</source>
            <translation>レコード</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>フィールド</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>基準</translation>
        </message>
        <message>
            <source>Ours</source>
            <translation>自分側</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>相手側</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Conflicts</source>
            <translation>競合</translation>
        </message>
        <message>
            <source>Open sync conflicts</source>
            <translation>未解決の同期競合</translation>
        </message>
        <message>
            <source>Base (before either edit)</source>
            <translation>基準(両方の編集前)</translation>
        </message>
        <message>
            <source>Ours (this laptop)</source>
            <translation>自分側(このPC)</translation>
        </message>
        <message>
            <source>Theirs (the colleague's)</source>
            <translation>相手側(同僚の版)</translation>
        </message>
        <message>
            <source>Edited value</source>
            <translation>編集した値</translation>
        </message>
        <message>
            <source>Edited &amp;value (prefilled with ours):</source>
            <translation>編集した値(自分側で初期入力)(&amp;V):</translation>
        </message>
        <message>
            <source>Keep &amp;ours</source>
            <translation>自分側を維持(&amp;O)</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>相手側を採用(&amp;T)</translation>
        </message>
        <message>
            <source>Use e&amp;dited value</source>
            <translation>編集した値を使用(&amp;D)</translation>
        </message>
        <message>
            <source>Keep this laptop's value; the conflict is settled</source>
            <translation>このPCの値を維持し、競合を解決します</translation>
        </message>
        <message>
            <source>Write the colleague's value here</source>
            <translation>同僚の値をここに書き込みます</translation>
        </message>
        <message>
            <source>Write the value in the editor above</source>
            <translation>上のエディターの値を書き込みます</translation>
        </message>
        <message>
            <source>No open conflicts: every sync file merged cleanly.</source>
            <translation>未解決の競合はありません。同期ファイルはすべて問題なく統合されました。</translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s): a field changed on this laptop and on a colleague's. Nothing was overwritten; choose the value to keep.</source>
            <translation>
                <numerusform>未解決の競合 %n 件: このPCと同僚のPCで同じフィールドが変更されました。上書きはされていません。残す値を選んでください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare: no conflict is selected.</source>
            <translation>比較対象がありません。競合が選択されていません。</translation>
        </message>
        <message>
            <source>Redline against the base: {inserted} (underlined) · {deleted} (struck through) · plain: as in the base.</source>
            <translation>基準との差分: {inserted}(下線)· {deleted}(取り消し線)· 標準: 基準と同じ</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>挿入</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>{record}: field &lt;b&gt;{field}&lt;/b&gt;.</source>
            <translation>{record}: フィールド &lt;b&gt;{field}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>自分側を維持</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>相手側を採用</translation>
        </message>
        <message>
            <source>Use edited value</source>
            <translation>編集した値を使用</translation>
        </message>
        <message>
            <source>Conflict not settled</source>
            <translation>競合は解決されていません</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>no date</source>
            <translation>日付なし</translation>
        </message>
        <message>
            <source>(1 day overdue)</source>
            <translation>(1 日超過)</translation>
        </message>
        <message>
            <source>({n} days overdue)</source>
            <translation>({n} 日超過)</translation>
        </message>
        <message>
            <source>1 clause</source>
            <translation>条項 1 件</translation>
        </message>
        <message>
            <source>{n} clauses</source>
            <translation>条項 {n} 件</translation>
        </message>
        <message>
            <source>1 open bracket</source>
            <translation>未解決の角括弧 1 件</translation>
        </message>
        <message>
            <source>{n} open brackets</source>
            <translation>未解決の角括弧 {n} 件</translation>
        </message>
        <message>
            <source>Topics:</source>
            <translation>テーマ:</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>and {n} more overdue</source>
            <translation>ほか {n} 件が期限超過</translation>
        </message>
        <message>
            <source>This track's commitments by due date, in Commitments</source>
            <translation>この交渉トラックのコミットメントを期限順に(コミットメント画面)</translation>
        </message>
        <message>
            <source>Next deadlines</source>
            <translation>次の期限</translation>
        </message>
        <message>
            <source>Nothing due</source>
            <translation>期限なし</translation>
        </message>
        <message>
            <source>Reading its clauses, brackets and deadlines…</source>
            <translation>条項・角括弧・期限を読み込み中…</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>ダッシュボード</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>全交渉トラック</translation>
        </message>
        <message>
            <source>No tracks yet. Add one under Tracks (Ctrl+2).</source>
            <translation>交渉トラックはまだありません。交渉トラック画面(Ctrl+2)で追加してください。</translation>
        </message>
        <message>
            <source>no target date</source>
            <translation>目標日なし</translation>
        </message>
        <message>
            <source>Target {date}</source>
            <translation>目標 {date}</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>目標日なし</translation>
        </message>
        <message>
            <source>concluded</source>
            <translation>妥結</translation>
        </message>
        <message>
            <source>1 day left</source>
            <translation>残り 1 日</translation>
        </message>
        <message>
            <source>{n} days left</source>
            <translation>残り {n} 日</translation>
        </message>
        <message>
            <source>1 day past</source>
            <translation>1 日経過</translation>
        </message>
        <message>
            <source>{n} days past</source>
            <translation>{n} 日経過</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>会合はまだありません</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>第{number}回会合</translation>
        </message>
        <message>
            <source>1 clause revised</source>
            <translation>条項 1 件を改訂</translation>
        </message>
        <message>
            <source>{n} clauses revised</source>
            <translation>条項 {n} 件を改訂</translation>
        </message>
        <message>
            <source>1 bracket opened</source>
            <translation>角括弧 1 件を追加</translation>
        </message>
        <message>
            <source>{n} brackets opened</source>
            <translation>角括弧 {n} 件を追加</translation>
        </message>
        <message>
            <source>1 bracket resolved</source>
            <translation>角括弧 1 件を解消</translation>
        </message>
        <message>
            <source>{n} brackets resolved</source>
            <translation>角括弧 {n} 件を解消</translation>
        </message>
        <message>
            <source>1 position recorded</source>
            <translation>ポジション 1 件を記録</translation>
        </message>
        <message>
            <source>{n} positions recorded</source>
            <translation>ポジション {n} 件を記録</translation>
        </message>
        <message>
            <source>no text changes</source>
            <translation>本文の変更なし</translation>
        </message>
        <message>
            <source>1 edit in the log since then</source>
            <translation>以降の記録の変更 1 件</translation>
        </message>
        <message>
            <source>{n} edits in the log since then</source>
            <translation>以降の記録の変更 {n} 件</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Set</source>
            <translation>設定</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>1 day</source>
            <translation>1 日</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} 日</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 か月</translation>
        </message>
        <message>
            <source>{n} months</source>
            <translation>{n} か月</translation>
        </message>
        <message>
            <source>on {anchor}</source>
            <translation>{anchor} 当日</translation>
        </message>
        <message>
            <source>{months} and {days}</source>
            <translation>{months}{days}</translation>
        </message>
        <message>
            <source>{months} less {days}</source>
            <translation>{months}マイナス{days}</translation>
        </message>
        <message>
            <source>{amount} after {anchor}</source>
            <translation>{anchor} の {amount}後</translation>
        </message>
        <message>
            <source>{amount} before {anchor}</source>
            <translation>{anchor} の {amount}前</translation>
        </message>
        <message>
            <source>{state} (stale: due date passed {days} d ago)</source>
            <translation>{state}（要更新: 期限から {days} 日経過）</translation>
        </message>
    </context>
    <context>
        <name>DraftImportDialog</name>
        <message>
            <source>Import Word or Akoma Ntoso draft</source>
            <translation>Word / Akoma Ntoso 草案の取り込み</translation>
        </message>
        <message>
            <source>Drafts (*.docx *.xml *.akn);;Word document (*.docx);;Akoma Ntoso (*.xml *.akn)</source>
            <translation>草案 (*.docx *.xml *.akn);;Word 文書 (*.docx);;Akoma Ntoso (*.xml *.akn)</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>変更なし</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新規</translation>
        </message>
        <message>
            <source>Tracked changes become versions of the party each Word author stands for (remembered by this log):</source>
            <translation>変更履歴は、各 Word 作成者が代表する当事者の版になります(この記録に保存):</translation>
        </message>
        <message>
            <source>Choose the chair's consolidated text or a delegation's markup (Word .docx or Akoma Ntoso .xml).</source>
            <translation>議長の統合テキストまたは代表団の修正案を選んでください(Word .docx または Akoma Ntoso .xml)。</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>ファイルを選択…</translation>
        </message>
        <message>
            <source>Article in the file</source>
            <translation>ファイル内の条文</translation>
        </message>
        <message>
            <source>Matched clause</source>
            <translation>対応する条項</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>取り込み方法</translation>
        </message>
        <message>
            <source>Word author</source>
            <translation>Word 作成者</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>当事者</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>取り込む</translation>
        </message>
        <message>
            <source>&amp;Track:</source>
            <translation>交渉トラック(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Round of the new versions:</source>
            <translation>新しい版の交渉会合(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Party of the accepted text:</source>
            <translation>採用する本文の当事者(&amp;P):</translation>
        </message>
        <message>
            <source>Round {number} ({date})</source>
            <translation>第{number}回会合({date})</translation>
        </message>
        <message>
            <source>Reading {name}</source>
            <translation>{name} を読み込み中</translation>
        </message>
        <message>
            <source>{ref} (by {method}, {score})</source>
            <translation>{ref}({method} による、{score})</translation>
        </message>
        <message>
            <source>— new clause</source>
            <translation>— 新しい条項</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>採用</translation>
        </message>
        <message>
            <source>Accept as a new clause</source>
            <translation>新しい条項として採用</translation>
        </message>
        <message>
            <source>Attach to {clause}</source>
            <translation>{clause} に関連付け</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>スキップ</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(選択)</translation>
        </message>
        <message>
            <source>{kind}: no tracked changes to attribute</source>
            <translation>{kind}: 割り当てる変更履歴はありません</translation>
        </message>
        <message>
            <source>; each bracket keeps the proposer the file names.</source>
            <translation>。各角括弧はファイルに記された提案者を保持します。</translation>
        </message>
        <message>
            <source>Absent from the file (kept, never deleted): </source>
            <translation>ファイルにないもの(保持され、削除されません): </translation>
        </message>
        <message>
            <source>{n} article(s)</source>
            <translation>条文 {n} 件</translation>
        </message>
        <message>
            <source>{changed} changed, {unchanged} unchanged, {new} new. Nothing has been written yet.</source>
            <translation>変更 {changed}、変更なし {unchanged}、新規 {new}。まだ何も書き込まれていません。</translation>
        </message>
        <message>
            <source>Tabled by {party}: the file names it as the proposer of every bracket.</source>
            <translation>{party} が提出: ファイルはすべての角括弧の提案者としてこれを記しています。</translation>
        </message>
        <message>
            <source>Against the current text of {ref}:</source>
            <translation>{ref} の現在の本文との比較:</translation>
        </message>
        <message>
            <source>A new clause (proposed):</source>
            <translation>新しい条項(提案):</translation>
        </message>
        <message>
            <source>{author} proposes:</source>
            <translation>{author} の提案:</translation>
        </message>
        <message>
            <source>Brackets opened:</source>
            <translation>追加された角括弧:</translation>
        </message>
        <message>
            <source>Brackets resolved:</source>
            <translation>解消された角括弧:</translation>
        </message>
        <message>
            <source>Cannot import:</source>
            <translation>取り込めません:</translation>
        </message>
        <message>
            <source>Choose a round for the new versions first.</source>
            <translation>先に新しい版の交渉会合を選んでください。</translation>
        </message>
        <message>
            <source>Choose a party for: </source>
            <translation>当事者を選んでください: </translation>
        </message>
        <message>
            <source>Import {kind} draft {name}</source>
            <translation>{kind} 草案 {name} を取り込む</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>{name} names the party #{eid} ({party}), which is not a party of this log; nothing was imported</source>
            <translation>{name} はこのログの当事者ではない当事者 #{eid}（{party}）を指定しています。何もインポートされませんでした</translation>
        </message>
        <message>
            <source>{name} is {size:.1f} MB; an Akoma Ntoso text may be at most {limit:.0f} MB (nothing was imported)</source>
            <translation>{name} は {size:.1f} MB です。Akoma Ntoso テキストの上限は {limit:.0f} MB です（何もインポートされませんでした）</translation>
        </message>
        <message>
            <source>Cannot read {name}: {reason}</source>
            <translation>{name} を読み込めません：{reason}</translation>
        </message>
        <message>
            <source>{name} declares a DOCTYPE or entities, which an Akoma Ntoso text never needs; refused (nothing was imported)</source>
            <translation>{name} は Akoma Ntoso テキストに不要な DOCTYPE またはエンティティを宣言しています。拒否しました（何もインポートされませんでした）</translation>
        </message>
        <message>
            <source>{name} is not readable XML ({reason}); nothing was imported</source>
            <translation>{name} は読み取れる XML ではありません（{reason}）。何もインポートされませんでした</translation>
        </message>
        <message>
            <source>{name} declares a DOCTYPE, which an Akoma Ntoso text never needs; refused (nothing was imported)</source>
            <translation>{name} は Akoma Ntoso テキストに不要な DOCTYPE を宣言しています。拒否しました（何もインポートされませんでした）</translation>
        </message>
        <message>
            <source>{name} is not valid Akoma Ntoso 3.0 ({reason}); nothing was imported</source>
            <translation>{name} は有効な Akoma Ntoso 3.0 ではありません（{reason}）。何もインポートされませんでした</translation>
        </message>
        <message>
            <source>{name}: the brackets of article {ref} do not balance ({reason}); nothing was imported</source>
            <translation>{name}：条 {ref} の角括弧が対応していません（{reason}）。何もインポートされませんでした</translation>
        </message>
        <message>
            <source>{name}: a bracket in article {ref} names {party}, which &lt;references&gt; does not declare (nothing was imported)</source>
            <translation>{name}：条 {ref} の角括弧が &lt;references&gt; で宣言されていない {party} を指定しています（何もインポートされませんでした）</translation>
        </message>
        <message>
            <source>{name} holds no numbered article; nothing was imported</source>
            <translation>{name} に番号付きの条がありません。何もインポートされませんでした</translation>
        </message>
        <message>
            <source>No round {round!r} in track {track}; give its number (e.g. 2) or its id</source>
            <translation>交渉トラック {track} に交渉会合 {round!r} はありません。番号（例：2）または ID を指定してください</translation>
        </message>
        <message>
            <source>The Akoma Ntoso text does not validate against the OASIS schema ({reason}); nothing was written</source>
            <translation>Akoma Ntoso テキストが OASIS スキーマで検証できません（{reason}）。何も書き込まれませんでした</translation>
        </message>
        <message>
            <source>No party for the Word author(s) {authors}: add --author "NAME=PARTY" for each; nothing was imported</source>
            <translation>Word の作成者 {authors} に当事者がありません。それぞれに --author "NAME=PARTY" を追加してください。何もインポートされませんでした</translation>
        </message>
        <message>
            <source>No round {round!r} in this track (give its number or date); nothing was imported</source>
            <translation>この交渉トラックに交渉会合 {round!r} はありません（番号または日付を指定してください）。何もインポートされませんでした</translation>
        </message>
        <message>
            <source>Unknown party {party!r} for --party; nothing was imported</source>
            <translation>--party の当事者 {party!r} は不明です。何もインポートされませんでした</translation>
        </message>
        <message>
            <source>No track {track!r} in this log</source>
            <translation>このログに交渉トラック {track!r} はありません</translation>
        </message>
        <message>
            <source>No party for the Word author(s) {authors}: map each to a party (--author "NAME=PARTY"); nothing was imported</source>
            <translation>Word の作成者 {authors} に当事者がありません。それぞれを当事者に対応付けてください（--author "NAME=PARTY"）。何もインポートされませんでした</translation>
        </message>
        <message>
            <source>{ref}: the log refused it ({reason}); nothing was imported</source>
            <translation>{ref}：ログが拒否しました（{reason}）。何もインポートされませんでした</translation>
        </message>
        <message>
            <source>Track {track} has no round {number}; its rounds: {known}</source>
            <translation>交渉トラック {track} に第{number}回交渉会合はありません。交渉会合：{known}</translation>
        </message>
        <message>
            <source>Unknown audience {audience!r}; use internal or shareable</source>
            <translation>対象 {audience!r} は不明です。internal または shareable を指定してください</translation>
        </message>
        <message>
            <source>A track was removed while the briefing was being written; export it again</source>
            <translation>交渉ブリーフィングの作成中に交渉トラックが削除されました。もう一度エクスポートしてください</translation>
        </message>
        <message>
            <source>Compare an earlier round with a later one (round {earlier} is not before round {later})</source>
            <translation>前の交渉会合と後の交渉会合を比較してください（第{earlier}回は第{later}回より前ではありません）</translation>
        </message>
        <message>
            <source>--author takes NAME=PARTY (e.g. "US Delegation=US"), not {pair!r}</source>
            <translation>--author には NAME=PARTY を指定します（例："US Delegation=US"）。{pair!r} ではありません</translation>
        </message>
        <message>
            <source>{name} has no recognisable articles (paragraphs or headings starting "Article 3", "Art. 3" or "3."); nothing was imported</source>
            <translation>{name} に認識できる条がありません（「第3条」「Article 3」「3.」で始まる段落または見出し）。何もインポートされませんでした</translation>
        </message>
        <message>
            <source>This log's dump would be {size} MB, over the {most} MB an import accepts; copy it with `mineralsdesk backup` instead</source>
            <translation>このログのダンプは {size} MB になり、取り込める上限 {most} MB を超えます。代わりに `mineralsdesk backup` でコピーしてください</translation>
        </message>
        <message>
            <source>No file at {path}</source>
            <translation>{path} にファイルがありません</translation>
        </message>
        <message>
            <source>{name} is an encrypted dump: give its passphrase</source>
            <translation>{name} は暗号化されたダンプです: パスフレーズを指定してください</translation>
        </message>
        <message>
            <source>{name} is larger than a MineralsDesk dump can be</source>
            <translation>{name} は MineralsDesk のダンプとしては大きすぎます</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk JSON dump</source>
            <translation>{name} は MineralsDesk の JSON ダンプではありません</translation>
        </message>
        <message>
            <source>{name} has no valid 'format_version' (a whole number from 1)</source>
            <translation>{name} に有効な 'format_version'（1 以上の整数）がありません</translation>
        </message>
        <message>
            <source>{name} uses dump format {version}; this build reads formats 1 to {newest}</source>
            <translation>{name} はダンプ形式 {version} です。このビルドが読めるのは形式 1〜{newest} です</translation>
        </message>
        <message>
            <source>{name} does not say whether it is internal or shareable ('audience')</source>
            <translation>{name} には内部用か共有可かの記載（'audience'）がありません</translation>
        </message>
        <message>
            <source>{name} is a shareable dump (no red lines, fallbacks, internal notes or change history); it cannot be loaded as a log. Import an internal dump instead</source>
            <translation>{name} は共有用ダンプです（レッドライン、代替案、内部メモ、変更履歴なし）。ログとして読み込めません。内部用ダンプを取り込んでください</translation>
        </message>
        <message>
            <source>{name}: '{table}' record {number} lacks fields: {fields}</source>
            <translation>{name}: '{table}' のレコード {number} に項目がありません: {fields}</translation>
        </message>
        <message>
            <source>{name} is {size:,.0f} MB; Word drafts over {limit} MB are not imported</source>
            <translation>{name} は {size:,.0f} MB です。{limit} MB を超える Word 草案はインポートされません</translation>
        </message>
        <message>
            <source>{name} is a password-protected Word document: remove the password in Word (File &gt; Info &gt; Protect Document) and import that copy</source>
            <translation>{name} はパスワードで保護された Word 文書です。Word でパスワードを解除し（ファイル &gt; 情報 &gt; 文書の保護）、そのコピーをインポートしてください</translation>
        </message>
        <message>
            <source>{name} is an old-style Word .doc file: save it as .docx and import that</source>
            <translation>{name} は旧形式の Word .doc ファイルです。.docx として保存してからインポートしてください</translation>
        </message>
        <message>
            <source>{name} is not a Word document (.docx)</source>
            <translation>{name} は Word 文書（.docx）ではありません</translation>
        </message>
        <message>
            <source>{name}: its content types part is {size:,} bytes; refused</source>
            <translation>{name}：コンテンツタイプのパートが {size:,} バイトあります。拒否しました</translation>
        </message>
        <message>
            <source>{name} is a macro-enabled Word document: save it as a plain .docx (without macros) and import that</source>
            <translation>{name} はマクロ有効の Word 文書です。通常の .docx（マクロなし）として保存してからインポートしてください</translation>
        </message>
        <message>
            <source>{name}: part {part} is {size:,.0f} MB; refused</source>
            <translation>{name}：パート {part} は {size:,.0f} MB です。拒否しました</translation>
        </message>
        <message>
            <source>{name} is not a readable Word document (its zip structure is damaged)</source>
            <translation>{name} は読み取れる Word 文書ではありません（zip 構造が破損しています）</translation>
        </message>
        <message>
            <source>{name} is not a readable Word document (its XML is damaged)</source>
            <translation>{name} は読み取れる Word 文書ではありません（XML が破損しています）</translation>
        </message>
        <message>
            <source>{name} contains XML entity or DTD declarations; refused</source>
            <translation>{name} に XML エンティティまたは DTD の宣言が含まれています。拒否しました</translation>
        </message>
        <message>
            <source>{name} is not a Word document (it has no body)</source>
            <translation>{name} は Word 文書ではありません（本文がありません）</translation>
        </message>
        <message>
            <source>Unknown paper {paper!r}; use a4 or letter</source>
            <translation>用紙 {paper!r} は不明です。a4 または letter を指定してください</translation>
        </message>
        <message>
            <source>Unknown paper size {paper!r}; use a4 or letter</source>
            <translation>不明な用紙サイズ {paper!r}：a4 または letter を指定してください</translation>
        </message>
        <message>
            <source>Folder {folder} does not exist</source>
            <translation>フォルダー {folder} が存在しません</translation>
        </message>
        <message>
            <source>The briefing could not be laid out on {paper} paper: an element is larger than a page</source>
            <translation>ブリーフィングを{paper}用紙にレイアウトできません：1ページより大きい要素があります</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>{path} に書き込めません：{reason}</translation>
        </message>
        <message>
            <source>{name} is read-only (the file or its folder cannot be written); nothing was changed</source>
            <translation>{name} は読み取り専用です（ファイルかフォルダーに書き込めません）。何も変更していません</translation>
        </message>
        <message>
            <source>init --demo makes a plain log; encrypt it afterwards with: mineralsdesk encrypt</source>
            <translation>init --demo は暗号化なしのログを作ります。後で暗号化するには: mineralsdesk encrypt</translation>
        </message>
        <message>
            <source>Give words to search for, or --topic TOPIC (see mineralsdesk search --help)</source>
            <translation>検索する語か --topic TOPIC を指定してください（mineralsdesk search --help を参照）</translation>
        </message>
        <message>
            <source>Cannot search for that query; put words with punctuation in "quotes" (see mineralsdesk search --help)</source>
            <translation>この検索語では検索できません。句読点を含む語は "引用符" で囲んでください（mineralsdesk search --help を参照）</translation>
        </message>
        <message>
            <source>trust changes what the log's history vouches for; confirm with --yes</source>
            <translation>trust はログの履歴が保証する内容を変えます。--yes で確認してください</translation>
        </message>
        <message>
            <source>--minutes prints one round on its own: leave out --track, --topic and --compare</source>
            <translation>--minutes は 1 つの交渉会合だけを印刷します: --track、--topic、--compare を外してください</translation>
        </message>
        <message>
            <source>{name} is password-protected; give its password with --password-file F</source>
            <translation>{name} はパスワードで保護されています。--password-file F でパスワードを指定してください</translation>
        </message>
        <message>
            <source>give the round: --round TRACK NUMBER (e.g. --round 'MOU 2')</source>
            <translation>交渉会合を指定してください: --round TRACK NUMBER（例: --round 'MOU 2'）</translation>
        </message>
        <message>
            <source>{name} is encrypted: give its passphrase with --passphrase-file FILE or ${variable}</source>
            <translation>{name} は暗号化されています: --passphrase-file FILE か ${variable} でパスフレーズを指定してください</translation>
        </message>
        <message>
            <source>give the new passphrase with --passphrase-file FILE or ${variable} (no terminal to ask on)</source>
            <translation>新しいパスフレーズを --passphrase-file FILE か ${variable} で指定してください（入力を求める端末がありません）</translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed</source>
            <translation>2 つのパスフレーズが一致しません。何も変更していません</translation>
        </message>
        <message>
            <source>{name} is not encrypted; nothing was changed</source>
            <translation>{name} は暗号化されていません。何も変更していません</translation>
        </message>
        <message>
            <source>{name} is not encrypted; encrypt it with: mineralsdesk encrypt</source>
            <translation>{name} は暗号化されていません。暗号化するには: mineralsdesk encrypt</translation>
        </message>
        <message>
            <source>Cannot attach to {kind}; use track, round, clause or commitment</source>
            <translation>{kind} には添付できません。track、round、clause、commitment のいずれかを使ってください</translation>
        </message>
        <message>
            <source>{name} is not valid JSON ({why} at character {position})</source>
            <translation>{name} は正しい JSON ではありません（{position} 文字目: {why}）</translation>
        </message>
        <message>
            <source>{name} is {size} MB; a MineralsDesk dump can be at most {most} MB (copy larger logs with `mineralsdesk backup`)</source>
            <translation>{name} は {size} MB です。MineralsDesk のダンプは最大 {most} MB です（大きなログは `mineralsdesk backup` でコピーしてください）</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk JSON dump (unknown section {section})</source>
            <translation>{name} は MineralsDesk の JSON ダンプではありません（不明なセクション {section}）</translation>
        </message>
        <message>
            <source>{name} holds more than {most} records; more than a MineralsDesk dump may</source>
            <translation>{name} には {most} 件を超えるレコードがあります。MineralsDesk のダンプの上限を超えています</translation>
        </message>
        <message>
            <source>{name}: '{section}' record {number} is not an object</source>
            <translation>{name}: '{section}' のレコード {number} はオブジェクトではありません</translation>
        </message>
        <message>
            <source>{name} is not an encrypted MineralsDesk dump (too short or no header)</source>
            <translation>{name} は暗号化された MineralsDesk のダンプではありません（短すぎるかヘッダーがありません）</translation>
        </message>
        <message>
            <source>{name} uses encrypted-dump version {version}; this build reads version {newest}</source>
            <translation>{name} は暗号化ダンプのバージョン {version} です。このビルドが読めるのはバージョン {newest} です</translation>
        </message>
        <message>
            <source>{name} cannot be decrypted: wrong passphrase, or the file was changed; nothing was imported</source>
            <translation>{name} を復号できません: パスフレーズが違うか、ファイルが変更されています。何も取り込んでいません</translation>
        </message>
        <message>
            <source>{name} is a zip file but not {kind}</source>
            <translation>{name} は zip ファイルですが {kind} ではありません</translation>
        </message>
        <message>
            <source>{name} would unpack to {size} MB (a zip bomb?); refused</source>
            <translation>{name} は展開すると {size} MB になります（zip 爆弾?）。拒否しました</translation>
        </message>
        <message>
            <source>{name}: part {part} unpacks {ratio} times its size (a zip bomb?); refused</source>
            <translation>{name}: パート {part} は展開するとサイズの {ratio} 倍になります（zip 爆弾?）。拒否しました</translation>
        </message>
        <message>
            <source>{name}: part {part} has no element in its first {most} KB; refused</source>
            <translation>{name}: パート {part} の先頭 {most} KB に要素がありません。拒否しました</translation>
        </message>
        <message>
            <source>{name} contains XML entity or DTD declarations (a known attack on document readers); refused</source>
            <translation>{name} に XML エンティティか DTD の宣言があります（文書リーダーへの既知の攻撃）。拒否しました</translation>
        </message>
        <message>
            <source>The password is empty; give a password of at least one character (nothing was written)</source>
            <translation>パスワードが空です。1 文字以上のパスワードを指定してください（何も書き出していません）</translation>
        </message>
        <message>
            <source>The password holds a line break or a NUL character, which readers cannot type; nothing was written</source>
            <translation>パスワードに改行か NUL 文字が含まれ、読み手が入力できません。何も書き出していません</translation>
        </message>
        <message>
            <source>The password is longer than {most} bytes (UTF-8), the most a PDF reader takes; choose a shorter one (nothing was written)</source>
            <translation>パスワードが PDF リーダーの上限 {most} バイト（UTF-8）を超えています。短いものを選んでください（何も書き出していません）</translation>
        </message>
        <message>
            <source>Cannot read the password file {path}: {reason}; nothing was written</source>
            <translation>パスワードファイル {path} を読めません: {reason}。何も書き出していません</translation>
        </message>
        <message>
            <source>The password file {path} is over {most} KB: not a password file? Nothing was written</source>
            <translation>パスワードファイル {path} が {most} KB を超えています。パスワードファイルではないのでは? 何も書き出していません</translation>
        </message>
        <message>
            <source>The password file {path} is not UTF-8 text; nothing was written</source>
            <translation>パスワードファイル {path} は UTF-8 のテキストではありません。何も書き出していません</translation>
        </message>
        <message>
            <source>The password file {path} is empty (its first line holds the password); nothing was written</source>
            <translation>パスワードファイル {path} が空です（1 行目にパスワードを書きます）。何も書き出していません</translation>
        </message>
        <message>
            <source>PDF passwords need the pyaes package (AES-256), which is missing; reinstall MineralsDesk (nothing was written)</source>
            <translation>PDF のパスワードには pyaes パッケージ（AES-256）が必要ですが、ありません。MineralsDesk を再インストールしてください（何も書き出していません）</translation>
        </message>
        <message>
            <source>The workbook could not be encrypted ({reason}); nothing was written</source>
            <translation>ブックを暗号化できませんでした（{reason}）。何も書き出していません</translation>
        </message>
        <message>
            <source>{name} is over {most} MB; workbooks that large are not imported</source>
            <translation>{name} は {most} MB を超えています。これほど大きなブックは取り込みません</translation>
        </message>
        <message>
            <source>{name} is not a password-protected Excel workbook</source>
            <translation>{name} はパスワード保護された Excel ブックではありません</translation>
        </message>
        <message>
            <source>{name}: its encryption header is oversized; refused</source>
            <translation>{name}: 暗号化ヘッダーが大きすぎます。拒否しました</translation>
        </message>
        <message>
            <source>{name} could not be read as a password-protected workbook (damaged?)</source>
            <translation>{name} をパスワード保護されたブックとして読めませんでした（破損?）</translation>
        </message>
        <message>
            <source>{name}: its encrypted package is empty; refused</source>
            <translation>{name}: 暗号化パッケージが空です。拒否しました</translation>
        </message>
        <message>
            <source>{name} would decrypt to {size} MB; workbooks over {most} MB are not imported</source>
            <translation>{name} は復号すると {size} MB になります。{most} MB を超えるブックは取り込みません</translation>
        </message>
        <message>
            <source>Brackets nested more than {limit} deep at character {pos}</source>
            <translation>文字 {pos} で角括弧の入れ子が {limit} 階層を超えています</translation>
        </message>
        <message>
            <source>Unbalanced bracket: ']' at character {pos} has no opening '['</source>
            <translation>角括弧の不一致: 文字 {pos} の ']' に対応する '[' がありません</translation>
        </message>
        <message>
            <source>Unclosed '[' at character {pos}; {more} more unclosed after it</source>
            <translation>文字 {pos} の '[' が閉じられていません。その後にも未閉鎖が {more} 個あります</translation>
        </message>
        <message>
            <source>Unclosed '[' at character {pos}</source>
            <translation>文字 {pos} の '[' が閉じられていません</translation>
        </message>
        <message>
            <source>{what} must not be empty</source>
            <translation>{what} は空にできません</translation>
        </message>
        <message>
            <source>Red lines, fallbacks and internal notes are kept for our own party only</source>
            <translation>レッドライン、代替案、内部メモは自国側にのみ記録できます</translation>
        </message>
        <message>
            <source>Clause text must not be empty</source>
            <translation>条項の本文は空にできません</translation>
        </message>
        <message>
            <source>Unknown party {code!r}; known parties: {known}</source>
            <translation>不明な当事者 {code!r}。既知の当事者: {known}</translation>
        </message>
        <message>
            <source>A compliance score is -1, 0 or +1</source>
            <translation>履行評価は -1、0、+1 のいずれかです</translation>
        </message>
        <message>
            <source>That round belongs to another track</source>
            <translation>その交渉会合は別の交渉トラックのものです</translation>
        </message>
        <message>
            <source>Give the due date either as a date or relative to an event, not both</source>
            <translation>期限は日付か出来事からの相対指定のどちらか一方で指定してください</translation>
        </message>
        <message>
            <source>Initials are 1 to 4 letters</source>
            <translation>イニシャルは 1〜4 文字です</translation>
        </message>
        <message>
            <source>A note holds at most {limit:,} characters</source>
            <translation>メモは最大 {limit:,} 文字です</translation>
        </message>
        <message>
            <source>An attachment's SHA-256 must be 64 hexadecimal digits</source>
            <translation>添付ファイルの SHA-256 は 16 進数 64 桁でなければなりません</translation>
        </message>
        <message>
            <source>An attachment's size cannot be negative</source>
            <translation>添付ファイルのサイズは負にできません</translation>
        </message>
        <message>
            <source>Exactly one party must be ours; the log has {count}</source>
            <translation>自国側の当事者はちょうど 1 つでなければなりません（ログには {count} あります）</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': a drafted clause must be proposed or negotiated before it can be agreed.</source>
            <translation>条項を '{old}' から '{new}' に変更できません。起草段階の条項は、合意する前に提案または交渉する必要があります。</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': a dropped clause can only be reopened as drafted, proposed or under negotiation.</source>
            <translation>条項を '{old}' から '{new}' に変更できません。取り下げた条項は、起草・提案・交渉中としてのみ再開できます。</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': from '{old}' it can move to {options}.</source>
            <translation>条項を '{old}' から '{new}' に変更できません。'{old}' からは {options} に変更できます。</translation>
        </message>
        <message>
            <source>Cannot attach to {value!r}; use track, round, clause or commitment</source>
            <translation>{value!r} には添付できません。track、round、clause、commitment のいずれかを使ってください</translation>
        </message>
        <message>
            <source>The attachment size cap must be at least 1 MB</source>
            <translation>添付ファイルのサイズ上限は 1 MB 以上にしてください</translation>
        </message>
        <message>
            <source>The content of {file} is missing from the log (run check)</source>
            <translation>{file} の内容がログにありません（check を実行してください）</translation>
        </message>
        <message>
            <source>No attachment with id {ref}</source>
            <translation>ID {ref} の添付ファイルはありません</translation>
        </message>
        <message>
            <source>{count} attachments have an id starting {ref}; give more of it</source>
            <translation>ID が {ref} で始まる添付ファイルが {count} 件あります。さらに続きを入力してください</translation>
        </message>
        <message>
            <source>No {kind} {ref!r} (give {hint})</source>
            <translation>{kind} {ref!r} はありません（{hint} を指定してください）</translation>
        </message>
        <message>
            <source>The content given for {file} is not the one it had</source>
            <translation>{file} に渡された内容は元の内容と異なります</translation>
        </message>
        <message>
            <source>Give the attached file a name</source>
            <translation>添付ファイルに名前を付けてください</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>{file} を読み込めません: {reason}</translation>
        </message>
        <message>
            <source>{name} is a MineralsDesk log, not a paper (every red line is inside it); nothing was attached. To pass a log on, use backup or a shareable export</source>
            <translation>{name} は資料ではなく MineralsDesk のログです（すべてのレッドラインを含みます）。何も添付していません。ログを渡すにはバックアップか共有可のエクスポートを使ってください</translation>
        </message>
        <message>
            <source>{name} is {size:.1f} MB, over this log's {cap} MB cap a file; nothing was attached (raise the cap in the settings or attach a smaller file)</source>
            <translation>{name} は {size:.1f} MB で、このログの 1 ファイルあたり上限 {cap} MB を超えています。何も添付していません（設定で上限を上げるか、小さいファイルを添付してください）</translation>
        </message>
        <message>
            <source>An author name must have 1 to {limit} characters</source>
            <translation>作成者名は 1〜{limit} 文字にしてください</translation>
        </message>
        <message>
            <source>Unknown party {code!r} for author {name!r}; known parties: {known}</source>
            <translation>作成者 {name!r} の当事者 {code!r} は不明です。既知の当事者: {known}</translation>
        </message>
        <message>
            <source>{file} fails its check ({problem}); nothing was restored</source>
            <translation>{file} は検査に失敗しました（{problem}）。何も復元していません</translation>
        </message>
        <message>
            <source>No backup at {backup}</source>
            <translation>{backup} にバックアップがありません</translation>
        </message>
        <message>
            <source>That backup is the log itself; choose another file</source>
            <translation>そのバックアップはログそのものです。別のファイルを選んでください</translation>
        </message>
        <message>
            <source>{file} is read-only (the file or its folder cannot be written); nothing was restored and no backup was taken</source>
            <translation>{file} は読み取り専用です（ファイルまたはフォルダーに書き込めません）。何も復元せず、バックアップも作成していません</translation>
        </message>
        <message>
            <source>Journal files of a former log remain beside {file}; move them away first</source>
            <translation>{file} の横に以前のログのジャーナルファイルが残っています。先に移動してください</translation>
        </message>
        <message>
            <source>{file} cannot be read and has journal files beside it; nothing was restored (restore to another name instead)</source>
            <translation>{file} を読み込めず、横にジャーナルファイルがあります。何も復元していません（別の名前に復元してください）</translation>
        </message>
        <message>
            <source>This log is open read-only</source>
            <translation>このログは読み取り専用で開かれています</translation>
        </message>
        <message>
            <source>The change log itself is broken ({problem}); restore a backup instead of trusting it</source>
            <translation>変更履歴そのものが壊れています（{problem}）。信用せずにバックアップから復元してください</translation>
        </message>
        <message>
            <source>the dump's history does not verify ({problem}); nothing was imported (to take its records alone as a new starting point, import it with --new-start)</source>
            <translation>ダンプの履歴を検証できません（{problem}）。何もインポートしていません（レコードだけを新しい出発点にするには --new-start でインポートしてください）</translation>
        </message>
        <message>
            <source>Round {number} ({date}) is before the round of the current version; versions of past rounds are read-only</source>
            <translation>会合 {number}（{date}）は現行版の会合より前です。過去の会合の版は読み取り専用です</translation>
        </message>
        <message>
            <source>A clause keeps at least its first version</source>
            <translation>条項には少なくとも最初の版が残ります</translation>
        </message>
        <message>
            <source>That comment is on another record; a reply goes on the same one</source>
            <translation>そのコメントは別のレコードにあります。返信は同じレコードに付けます</translation>
        </message>
        <message>
            <source>A comment's {fields} cannot be changed</source>
            <translation>コメントの {fields} は変更できません</translation>
        </message>
        <message>
            <source>No {kind} with id {target_id}</source>
            <translation>ID {target_id} の {kind} はありません</translation>
        </message>
        <message>
            <source>A comment goes on a {kinds}</source>
            <translation>コメントの対象: {kinds}</translation>
        </message>
        <message>
            <source>A comment's audience is internal or shareable</source>
            <translation>コメントの公開範囲は internal か shareable です</translation>
        </message>
        <message>
            <source>An assessment's audience is internal or shareable</source>
            <translation>評価の公開範囲は internal か shareable です</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name</source>
            <translation>{path} は既に存在します。別の名前を選んでください</translation>
        </message>
        <message>
            <source>cannot build the demo log: its attached papers (attachments/index.json) are missing or malformed ({kind})</source>
            <translation>デモログを作成できません: 添付資料（attachments/index.json）がないか形式が不正です（{kind}）</translation>
        </message>
        <message>
            <source>cannot build the demo log: a clause in its data files has the status {status!r}; known: {known}</source>
            <translation>デモログを作成できません: データファイルの条項の状態 {status!r} は不明です。既知: {known}</translation>
        </message>
        <message>
            <source>cannot build the demo log: its data file {path} {problem}</source>
            <extracomment>file -&gt; its top-level keys; every key is required the field that names a record of each table others refer to</extracomment>
            <translation>デモログを作成できません: データファイル {path}: {problem}</translation>
        </message>
        <message>
            <source>cannot build the demo log: in its data file {path}, {place} {problem}</source>
            <translation>デモログを作成できません: データファイル {path} の {place}: {problem}</translation>
        </message>
        <message>
            <source>The converted copy fails its check ({problem}); nothing was changed</source>
            <translation>変換したコピーが検査に失敗しました（{problem}）。何も変更していません</translation>
        </message>
        <message>
            <source>{file} is encrypted already; to change its passphrase use change-passphrase (nothing was changed)</source>
            <translation>{file} は既に暗号化されています。パスフレーズの変更には change-passphrase を使ってください（何も変更していません）</translation>
        </message>
        <message>
            <source>{file} is not encrypted; nothing was changed</source>
            <translation>{file} は暗号化されていません。何も変更していません</translation>
        </message>
        <message>
            <source>{file} is not encrypted; encrypt it instead (nothing was changed)</source>
            <translation>{file} は暗号化されていません。代わりに暗号化してください（何も変更していません）</translation>
        </message>
        <message>
            <source>Passphrase file {path} is a folder</source>
            <translation>パスフレーズファイル {path} はフォルダーです</translation>
        </message>
        <message>
            <source>Cannot read passphrase file {path} ({strerror})</source>
            <translation>パスフレーズファイル {path} を読み込めません（{strerror}）</translation>
        </message>
        <message>
            <source>Passphrase file {path} is over {limit} bytes; it should hold one line</source>
            <translation>パスフレーズファイル {path} が {limit} バイトを超えています。1 行だけにしてください</translation>
        </message>
        <message>
            <source>Passphrase file {path} is not UTF-8 text</source>
            <translation>パスフレーズファイル {path} は UTF-8 テキストではありません</translation>
        </message>
        <message>
            <source>Passphrase file {path} is empty</source>
            <translation>パスフレーズファイル {path} は空です</translation>
        </message>
        <message>
            <source>Passphrase file {path} holds more than one line</source>
            <translation>パスフレーズファイル {path} に 2 行以上あります</translation>
        </message>
        <message>
            <source>Folder {parent} does not exist</source>
            <translation>フォルダー {parent} は存在しません</translation>
        </message>
        <message>
            <source>Cannot create {path}: {strerror}</source>
            <translation>{path} を作成できません: {strerror}</translation>
        </message>
        <message>
            <source>{file} is an encrypted database of another application; it was left untouched</source>
            <translation>{file} は別のアプリの暗号化データベースです。変更していません</translation>
        </message>
        <message>
            <source>{file} is damaged ({exc}); it was left untouched</source>
            <translation>{file} は破損しています（{exc}）。変更していません</translation>
        </message>
        <message>
            <source>{file} is damaged ({problem}); it was left untouched</source>
            <translation>{file} は破損しています（{problem}）。変更していません</translation>
        </message>
        <message>
            <source>{name} is damaged ({problem}); it was left untouched</source>
            <translation>{name} は破損しています（{problem}）。変更していません</translation>
        </message>
        <message>
            <source>{name} is an encrypted database of another application</source>
            <translation>{name} は別のアプリの暗号化データベースです</translation>
        </message>
        <message>
            <source>{name} was replaced by another log while this window was locked; open it with File &gt; Open</source>
            <translation>このウィンドウのロック中に {name} が別のログに置き換えられました。ファイル &gt; 開く で開いてください</translation>
        </message>
        <message>
            <source>{name} was changed by another version of MineralsDesk while this window was locked; open it with File &gt; Open</source>
            <translation>このウィンドウのロック中に {name} が別のバージョンの MineralsDesk で変更されました。ファイル &gt; 開く で開いてください</translation>
        </message>
        <message>
            <source>{file} was written by a newer MineralsDesk (log schema {version}; this build knows up to {latest}). Install a newer version to open it.</source>
            <translation>{file} は新しい MineralsDesk で書かれています（ログスキーマ {version}。このビルドは {latest} まで対応）。開くには新しいバージョンをインストールしてください。</translation>
        </message>
        <message>
            <source>That clause belongs to another track than the round</source>
            <translation>その条項は会合とは別の交渉トラックのものです</translation>
        </message>
        <message>
            <source>That bracket is not one of the clause's</source>
            <translation>その角括弧はこの条項のものではありません</translation>
        </message>
        <message>
            <source>Unknown signal {value!r}; use one of: {signals}</source>
            <translation>不明なシグナル {value!r}。次のいずれかを使ってください: {signals}</translation>
        </message>
        <message>
            <source>Unknown topic {name!r}; topics: {topics}</source>
            <translation>不明なテーマ {name!r}。テーマ: {topics}</translation>
        </message>
        <message>
            <source>Name a clause as TRACK:REF (e.g. MOU:Art. 5), not {label!r}</source>
            <translation>条項は {label!r} ではなく TRACK:REF（例: MOU:Art. 5）の形で指定してください</translation>
        </message>
        <message>
            <source>No clause {ref!r} in {track}; its clauses: {clauses}</source>
            <translation>{track} に条項 {ref!r} はありません。条項: {clauses}</translation>
        </message>
        <message>
            <source>{text!r} names clauses of several tracks; write it as TRACK REF (e.g. '{track} {ref}')</source>
            <translation>{text!r} は複数の交渉トラックの条項に当てはまります。TRACK REF の形で書いてください（例: '{track} {ref}'）</translation>
        </message>
        <message>
            <source>No clause {text!r}</source>
            <translation>条項 {text!r} はありません</translation>
        </message>
        <message>
            <source>No round {text!r}; write it as TRACK NUMBER (e.g. 'MOU 2') or give its id</source>
            <translation>会合 {text!r} はありません。TRACK 番号（例: 'MOU 2'）の形で書くか ID を指定してください</translation>
        </message>
        <message>
            <source>No bracket {text!r}; write it as CLAUSE#N (the N-th open bracket) or give its id</source>
            <translation>角括弧 {text!r} はありません。CLAUSE#N（N 番目の未解決の角括弧）の形で書くか ID を指定してください</translation>
        </message>
        <message>
            <source>No single commitment starting {text!r}; give more of its text or its id</source>
            <translation>{text!r} で始まるコミットメントが 1 つに絞れません。本文をさらに入力するか ID を指定してください</translation>
        </message>
        <message>
            <source>No track {text!r}</source>
            <translation>交渉トラック {text!r} はありません</translation>
        </message>
        <message>
            <source>Reminder days must be a whole number from 0 (no reminder) to {limit}</source>
            <translation>リマインダーの日数は 0（なし）〜{limit} の整数にしてください</translation>
        </message>
        <message>
            <source>No delegation member {key!r}; known initials: {known}</source>
            <translation>代表団メンバー {key!r} はいません。既知のイニシャル: {known}</translation>
        </message>
        <message>
            <source>No delegation member with id {member_id}</source>
            <translation>ID {member_id} の代表団メンバーはいません</translation>
        </message>
        <message>
            <source>{name} is named by {uses} note(s), intervention(s) or ownership(s); mark them inactive instead, so those keep their author</source>
            <translation>{name} は {uses} 件のメモ・発言・担当に記されています。作成者が残るよう、代わりに非アクティブにしてください</translation>
        </message>
        <message>
            <source>The initials {initials} are taken by {other}</source>
            <translation>イニシャル {initials} は {other} が使っています</translation>
        </message>
        <message>
            <source>A sync file is sealed with the delegation's passphrase: give --passphrase-file (an encrypted log uses its own passphrase)</source>
            <translation>同期ファイルは代表団のパスフレーズで封印されます。--passphrase-file を指定してください（暗号化ログは自身のパスフレーズを使います）</translation>
        </message>
        <message>
            <source>{name}: an attached file's bytes do not match their SHA-256 ({digest}); nothing was imported</source>
            <translation>{name}: 添付ファイルのバイト列が SHA-256（{digest}）と一致しません。何もインポートしていません</translation>
        </message>
        <message>
            <source>Cannot read {name}: {strerror}</source>
            <translation>{name} を読み込めません: {strerror}</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk sync file; nothing was imported</source>
            <translation>{name} は MineralsDesk の同期ファイルではありません。何もインポートしていません</translation>
        </message>
        <message>
            <source>{name} uses sync-file version {version}; this build reads version {known}</source>
            <translation>{name} は同期ファイル形式 {version} です。このビルドが読めるのは {known} です</translation>
        </message>
        <message>
            <source>{name} is damaged (its header cannot be read); nothing was imported</source>
            <translation>{name} は破損しています（ヘッダーを読めません）。何もインポートしていません</translation>
        </message>
        <message>
            <source>{name} comes from another delegation's log; nothing was imported</source>
            <translation>{name} は別の代表団のログのものです。何もインポートしていません</translation>
        </message>
        <message>
            <source>{name} was written by this laptop; import it on the colleague's</source>
            <translation>{name} はこのノートPCで書かれました。同僚のノートPCでインポートしてください</translation>
        </message>
        <message>
            <source>{name} was written for another laptop ({receiver}); nothing was imported</source>
            <translation>{name} は別のノートPC（{receiver}）向けです。何もインポートしていません</translation>
        </message>
        <message>
            <source>{name} cannot be opened: wrong passphrase, or the file was altered; nothing was imported</source>
            <translation>{name} を開けません: パスフレーズが違うか、ファイルが改変されています。何もインポートしていません</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s change {seq} does not match its hash; nothing was imported</source>
            <translation>{name}: ノートPC {short} の変更 {seq} がハッシュと一致しません。何もインポートしていません</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s changes are not a chain at {seq}; nothing was imported</source>
            <translation>{name}: ノートPC {short} の変更が {seq} で連続していません。何もインポートしていません</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s history was rewritten at change {seq}; nothing was imported</source>
            <translation>{name}: ノートPC {short} の履歴が変更 {seq} で書き換えられています。何もインポートしていません</translation>
        </message>
        <message>
            <source>{name} is out of order: it starts at laptop {short}'s change {seq}, but this log holds only up to {held}; import the earlier file first</source>
            <translation>{name} は順序が違います: ノートPC {short} の変更 {seq} から始まりますが、このログには {held} までしかありません。先に前のファイルをインポートしてください</translation>
        </message>
        <message>
            <source>No open sync conflict {conflict_id} (see `mineralsdesk sync conflicts`)</source>
            <translation>未解決の同期競合 {conflict_id} はありません（`mineralsdesk sync conflicts` を参照）</translation>
        </message>
        <message>
            <source>{entity} {entity_id} was deleted on this laptop: only --ours can settle this conflict</source>
            <translation>{entity} {entity_id} はこのノートPCで削除されました。この競合は --ours でのみ解決できます</translation>
        </message>
        <message>
            <source>A creation or deletion conflict is settled with --ours (re-enter the record by hand)</source>
            <translation>作成・削除の競合は --ours で解決します（レコードは手で入力し直してください）</translation>
        </message>
        <message>
            <source>{file} was not written</source>
            <translation>{file} は書き込まれませんでした</translation>
        </message>
        <message>
            <source>The sync file changes a field this version does not know ({table}.{field}); update MineralsDesk, then import it again</source>
            <translation>同期ファイルがこのバージョンの知らない項目（{table}.{field}）を変更しています。MineralsDesk を更新してから再度インポートしてください</translation>
        </message>
        <message>
            <source>No open sync conflict {conflict_id}; it was settled already</source>
            <translation>未解決の同期競合 {conflict_id} はありません。既に解決済みです</translation>
        </message>
        <message>
            <source>Party {code} exists already</source>
            <translation>当事者 {code} は既にあります</translation>
        </message>
        <message>
            <source>No track {ref!r}; tracks: {tracks}</source>
            <translation>交渉トラック {ref!r} はありません。交渉トラック: {tracks}</translation>
        </message>
        <message>
            <source>Track {ref} exists already</source>
            <translation>交渉トラック {ref} は既にあります</translation>
        </message>
        <message>
            <source>This track has rounds, clauses or commitments; it cannot be removed</source>
            <translation>この交渉トラックには会合・条項・コミットメントがあるため削除できません</translation>
        </message>
        <message>
            <source>This round has clause versions or positions; it cannot be removed</source>
            <translation>この会合には条項の版や立場があるため削除できません</translation>
        </message>
        <message>
            <source>{name} is too short to be an encrypted log; nothing was changed</source>
            <translation>{name} は暗号化ログにしては短すぎます。何も変更していません</translation>
        </message>
        <message>
            <source>The passphrase is empty</source>
            <translation>パスフレーズが空です</translation>
        </message>
        <message>
            <source>The passphrase contains a NUL character</source>
            <translation>パスフレーズに NUL 文字が含まれています</translation>
        </message>
        <message>
            <source>The passphrase is longer than {limit} characters</source>
            <translation>パスフレーズが {limit} 文字を超えています</translation>
        </message>
        <message>
            <source>The passphrase has {count} characters; use at least {minimum}</source>
            <translation>パスフレーズは {count} 文字です。{minimum} 文字以上にしてください</translation>
        </message>
        <message>
            <source>Wrong passphrase for {name} (or it is not a MineralsDesk log); nothing was changed</source>
            <translation>{name} のパスフレーズが違います（または MineralsDesk のログではありません）。何も変更していません</translation>
        </message>
        <message>
            <source>No log at {path}</source>
            <translation>{path} にログがありません</translation>
        </message>
        <message>
            <source>{path} is a folder, not a MineralsDesk log</source>
            <translation>{path} はフォルダーで、MineralsDesk のログではありません</translation>
        </message>
        <message>
            <source>Cannot read {path}: {strerror}</source>
            <translation>{path} を読み込めません: {strerror}</translation>
        </message>
        <message>
            <source>{file} is encrypted (or is not a MineralsDesk log): give its passphrase to open it</source>
            <translation>{file} は暗号化されています（または MineralsDesk のログではありません）。開くにはパスフレーズを入力してください</translation>
        </message>
        <message>
            <source>{path} is not a MineralsDesk log ({what}); it was left untouched</source>
            <translation>{path} は MineralsDesk のログではありません（{what}）。変更していません</translation>
        </message>
        <message>
            <source>{path} is not a MineralsDesk log (truncated header); it was left untouched</source>
            <translation>{path} は MineralsDesk のログではありません（ヘッダーが途中で切れています）。変更していません</translation>
        </message>
        <message>
            <source>{path} is an SQLite file of another application; it was left untouched</source>
            <translation>{path} は別のアプリの SQLite ファイルです。変更していません</translation>
        </message>
        <message>
            <source>{file} is not encrypted: open it without a passphrase (nothing was changed)</source>
            <translation>{file} は暗号化されていません。パスフレーズなしで開いてください（何も変更していません）</translation>
        </message>
        <message>
            <source>Cannot switch {path} to WAL journaling (got {mode})</source>
            <translation>{path} を WAL ジャーナルに切り替えられません（結果: {mode}）</translation>
        </message>
        <message>
            <source>The disk is full: {outcome} and the log is unchanged. Free some space and try again.</source>
            <translation>ディスクがいっぱいです: {outcome}。ログは変更されていません。空き容量を作ってからやり直してください。</translation>
        </message>
        <message>
            <source>The disk reported a write error: {outcome}. Check the drive, then run `mineralsdesk check`.</source>
            <translation>ディスクが書き込みエラーを報告しました: {outcome}。ドライブを確認してから `mineralsdesk check` を実行してください。</translation>
        </message>
        <message>
            <source>The file cannot be written (read-only file or medium): {outcome}.</source>
            <translation>ファイルに書き込めません（読み取り専用のファイルまたは媒体）: {outcome}。</translation>
        </message>
        <message>
            <source>The log is busy: another window or program is writing to it. Try again.</source>
            <translation>ログは使用中です。別のウィンドウまたはプログラムが書き込んでいます。もう一度お試しください。</translation>
        </message>
        <message>
            <source>The log is open in another window or program; close it first</source>
            <translation>ログは別のウィンドウまたはプログラムで開かれています。先に閉じてください</translation>
        </message>
        <message>
            <source>'{table}' must be a list of records</source>
            <translation>'{table}' はレコードのリストでなければなりません</translation>
        </message>
        <message>
            <source>'{table}' record {number}</source>
            <translation>'{table}' の記録 {number}</translation>
        </message>
        <message>
            <source>{where} is not an object</source>
            <translation>{where} はオブジェクトではありません</translation>
        </message>
        <message>
            <source>{where}, field '{name}': a value of the wrong type</source>
            <translation>{where} の項目 '{name}': 値の型が違います</translation>
        </message>
        <message>
            <source>{where} is not valid: {kind}</source>
            <translation>{where} は無効です: {kind}</translation>
        </message>
        <message>
            <source>{where} has a value of the wrong type</source>
            <translation>{where} に型の違う値があります</translation>
        </message>
        <message>
            <source>{where}: {exc}</source>
            <translation>{where}: {exc}</translation>
        </message>
        <message>
            <source>'{section}' {noun} {number} has unknown fields: {shown}</source>
            <translation>'{section}' {noun} {number} に不明な項目があります: {shown}</translation>
        </message>
        <message>
            <source>'{section}' {noun} {number} lacks fields: {fields}</source>
            <translation>'{section}' {noun} {number} に項目が足りません: {fields}</translation>
        </message>
        <message>
            <source>'changes' must be a list of change-log entries with the documented fields</source>
            <translation>'changes' は、仕様どおりの項目を持つ変更履歴エントリのリストでなければなりません</translation>
        </message>
        <message>
            <source>'changes' entry {entry} is not an object</source>
            <translation>'changes' のエントリ {entry} はオブジェクトではありません</translation>
        </message>
        <message>
            <source>'changes' entry {entry}, field '{name}': a value of the wrong type</source>
            <translation>'changes' のエントリ {entry} の項目 '{name}': 値の型が違います</translation>
        </message>
        <message>
            <source>'blobs' must be a list of attached file contents</source>
            <translation>'blobs' は添付ファイル内容のリストでなければなりません</translation>
        </message>
        <message>
            <source>'blobs' entry {entry} is not an object</source>
            <translation>'blobs' のエントリ {entry} はオブジェクトではありません</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: a value of the wrong type</source>
            <translation>'blobs' のエントリ {entry}: 値の型が違います</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: its base64 does not decode</source>
            <translation>'blobs' のエントリ {entry}: base64 を復号できません</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: its bytes do not match their size and SHA-256</source>
            <translation>'blobs' のエントリ {entry}: バイト列がサイズと SHA-256 に一致しません</translation>
        </message>
        <message>
            <source>A dump can only be imported into a new, empty log</source>
            <translation>ダンプは新しい空のログにのみインポートできます</translation>
        </message>
        <message>
            <source>unknown sections in the dump: {sections}</source>
            <translation>ダンプに不明なセクションがあります: {sections}</translation>
        </message>
        <message>
            <source>'meta' must map setting names to text</source>
            <translation>'meta' は設定名とテキストの対応でなければなりません</translation>
        </message>
        <message>
            <source>'parties': {exc}</source>
            <translation>'parties': {exc}</translation>
        </message>
        <message>
            <source>the dump's records contradict each other ({exc})</source>
            <translation>ダンプのレコード同士が矛盾しています（{exc}）</translation>
        </message>
        <message>
            <source>'{table}' refers to a missing record in '{parent}'</source>
            <translation>'{table}' が '{parent}' にないレコードを参照しています</translation>
        </message>
        <message>
            <source>the change log in the dump was edited ({problem}); nothing was imported (to take its records alone as a new starting point, import it with --new-start)</source>
            <translation>ダンプ内の変更履歴が編集されています（{problem}）。何もインポートしていません（レコードだけを新しい出発点にするには --new-start でインポートしてください）</translation>
        </message>
        <message>
            <source>{target} is a folder; give a file name to write</source>
            <translation>{target} はフォルダーです。書き込むファイル名を指定してください</translation>
        </message>
        <message>
            <source>{target} is the open log ({log_name}); nothing was written</source>
            <translation>{target} は開いているログ（{log_name}）です。何も書き込んでいません</translation>
        </message>
        <message>
            <source>{target} is the open log journal ({log_name}); nothing was written</source>
            <translation>{target} は開いているログ（{log_name}）のジャーナルです。何も書き込んでいません</translation>
        </message>
        <message>
            <source>{target} is the journal of a MineralsDesk log; nothing was written</source>
            <translation>{target} は MineralsDesk のログのジャーナルです。何も書き込んでいません</translation>
        </message>
        <message>
            <source>{target} cannot be read, so it cannot be checked that it is not a log; nothing was written</source>
            <translation>{target} を読み込めないため、ログでないことを確認できません。何も書き込んでいません</translation>
        </message>
        <message>
            <source>{target} is a MineralsDesk log; choose another name (nothing was written)</source>
            <translation>{target} は MineralsDesk のログです。別の名前を選んでください（何も書き込んでいません）</translation>
        </message>
        <message>
            <source>{file} does not end in {suffix}; name the file NAME{suffix} (nothing was written)</source>
            <translation>{file} の末尾が {suffix} ではありません。ファイル名を NAME{suffix} にしてください（何も書き込んでいません）</translation>
        </message>
        <message>
            <source>{file} cannot be decompressed ({exc})</source>
            <translation>{file} を展開できません（{exc}）</translation>
        </message>
        <message>
            <source>The log is open in another window or program; close it first (nothing was changed)</source>
            <translation>ログは別のウィンドウまたはプログラムで開かれています。先に閉じてください（何も変更していません）</translation>
        </message>
        <message>
            <source>{folder} or {file} cannot be written; nothing was changed</source>
            <translation>{folder} または {file} に書き込めません。何も変更していません</translation>
        </message>
        <message>
            <source>Cannot write beside {file} ({strerror}); nothing was changed</source>
            <translation>{file} の横に書き込めません（{strerror}）。何も変更していません</translation>
        </message>
        <message>
            <source>The converted copy has different row counts; nothing was changed</source>
            <translation>変換したコピーの行数が一致しません。何も変更していません</translation>
        </message>
        <message>
            <source>{file} is not a MineralsDesk log; nothing was changed</source>
            <translation>{file} は MineralsDesk のログではありません。何も変更していません</translation>
        </message>
        <message>
            <source>The converted copy fails SQLite's quick_check; nothing was changed</source>
            <translation>変換したコピーが SQLite の quick_check に失敗しました。何も変更していません</translation>
        </message>
        <message>
            <source>No {record} with id {record_id}</source>
            <translation>ID {record_id} の {record} はありません</translation>
        </message>
        <message>
            <source>This {record} was changed elsewhere since it was shown (another window or program); the view has been refreshed, please redo the edit.</source>
            <translation>この {record} は表示後に別の場所（別のウィンドウまたはプログラム）で変更されました。表示を更新したので、編集をやり直してください。</translation>
        </message>
        <message>
            <source>Cannot search for that: try plain words or "a phrase"</source>
            <translation>その検索はできません。単語か "フレーズ" で試してください</translation>
        </message>
        <message>
            <source>{operator} needs a word on each side</source>
            <translation>{operator} の両側に語が必要です</translation>
        </message>
        <message>
            <source>-word leaves a word out: add a word to search for, e.g. lithium -cobalt</source>
            <translation>-語 は語を除外します。検索する語も加えてください（例: lithium -cobalt）</translation>
        </message>
        <message>
            <source>Type a word to search for</source>
            <translation>検索する語を入力してください</translation>
        </message>
        <message>
            <source>A quotation mark is not closed</source>
            <translation>引用符が閉じられていません</translation>
        </message>
        <message>
            <source>A distance such as , 5 belongs inside NEAR(word word, 5)</source>
            <translation>, 5 のような距離は NEAR(語 語, 5) の中に書きます</translation>
        </message>
        <message>
            <source>A parenthesis is not matched</source>
            <translation>括弧が対応していません</translation>
        </message>
        <message>
            <source>NEAR(...) takes words and "phrases" only, e.g. NEAR(price floor, 5)</source>
            <translation>NEAR(...) には語と "フレーズ" だけを書きます（例: NEAR(price floor, 5)）</translation>
        </message>
        <message>
            <source>NEAR needs two or more words, e.g. NEAR(price floor, 5)</source>
            <translation>NEAR には 2 語以上が必要です（例: NEAR(price floor, 5)）</translation>
        </message>
        <message>
            <source>This log has no workbook key yet; open it for writing once, then export again</source>
            <translation>このログにはまだブックのキーがありません。一度書き込み可能で開いてから、もう一度エクスポートしてください</translation>
        </message>
        <message>
            <source>{name}: an Excel summary must end in .xlsx</source>
            <translation>{name}：Excel サマリーの名前は .xlsx で終わる必要があります</translation>
        </message>
        <message>
            <source>{name} was not exported from this log (it has no workbook key yet)</source>
            <translation>{name} はこのログからエクスポートされたものではありません（このログにはまだブックの鍵がありません）</translation>
        </message>
        <message>
            <source>{cell}: a shareable workbook cannot change internal fields; nothing was applied</source>
            <translation>{cell}：共有可のブックでは内部フィールドを変更できません。何も適用されていません</translation>
        </message>
        <message>
            <source>{name}: the log refused a change ({reason}); nothing was applied</source>
            <translation>{name}：ログが変更を拒否しました（{reason}）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches nothing in this log (was it deleted, or is the workbook from another log?); nothing was applied</source>
            <translation>{cell}：レコードIDがこのログのどれとも一致しません（削除されたか、別のログのブックではありませんか？）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: {reason} Nothing was applied.</source>
            <translation>{cell}：{reason} 何も適用されていません。</translation>
        </message>
        <message>
            <source>{cell}: {reason}; nothing was applied</source>
            <translation>{cell}：{reason}。何も適用されていません</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk Excel summary (it has no Summary sheet); only workbooks exported by MineralsDesk can be imported</source>
            <translation>{name} は MineralsDesk の Excel サマリーではありません（サマリーシートがありません）。インポートできるのは MineralsDesk がエクスポートしたブックだけです</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk Excel summary (its Summary sheet was not written by MineralsDesk)</source>
            <translation>{name} は MineralsDesk の Excel サマリーではありません（サマリーシートが MineralsDesk で作成されていません）</translation>
        </message>
        <message>
            <source>{cell}: the Audience cell was changed (it must say '{internal}' or '{shareable}'); nothing was applied</source>
            <translation>{cell}：公開範囲のセルが変更されています（「{internal}」または「{shareable}」である必要があります）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the Rows cell is missing or was changed (workbooks exported before import tags existed cannot be imported: export the summary again); nothing was applied</source>
            <translation>{cell}：行数のセルがないか変更されています（インポートタグ導入前にエクスポートされたブックはインポートできません。サマリーを再度エクスポートしてください）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the Import tag is missing or was changed (workbooks exported before import tags existed cannot be imported: export the summary again); nothing was applied</source>
            <translation>{cell}：インポートタグがないか変更されています（インポートタグ導入前にエクスポートされたブックはインポートできません。サマリーを再度エクスポートしてください）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: this workbook was exported as {audience}, and its Audience cell was changed; nothing was applied</source>
            <translation>{cell}：このブックは {audience} としてエクスポートされ、公開範囲のセルが変更されています。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the workbook does not match its Import tag: it was exported from another log or in another language, or its Rows cell, sheets or columns were changed; nothing was applied</source>
            <translation>{cell}：ブックがインポートタグと一致しません。別のログから、または別の言語でエクスポートされたか、行数のセル、シート、列が変更されています。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: unexpected column '{found}' (columns must not be added); nothing was applied</source>
            <translation>{cell}：想定外の列「{found}」（列を追加することはできません）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: expected the column '{wanted}', found {found} (columns must not be renamed, moved or removed); nothing was applied</source>
            <translation>{cell}：列「{wanted}」が必要ですが、{found} がありました（列の名前変更・移動・削除はできません）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not a {column}; use one of {allowed}; nothing was applied</source>
            <translation>{cell}：「{value}」は{column}の値ではありません。{allowed} のいずれかを使ってください。何も適用されていません</translation>
        </message>
        <message>
            <source>{name} has no sheet named '{sheet}' (sheets must not be renamed or removed); nothing was applied</source>
            <translation>{name} に「{sheet}」という名前のシートがありません（シートの名前変更や削除はできません）。何も適用されていません</translation>
        </message>
        <message>
            <source>{name} could not be read as an Excel workbook ({kind})</source>
            <translation>{name} を Excel ブックとして読み取れませんでした（{kind}）</translation>
        </message>
        <message>
            <source>{cell}: the row has no Record id (rows cannot be added in Excel; add records in the app); nothing was applied</source>
            <translation>{cell}：行にレコードIDがありません（Excel で行を追加することはできません。レコードはアプリで追加してください）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the hidden Check cell was changed or removed; nothing was applied</source>
            <translation>{cell}：非表示の検証セルが変更または削除されています。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the row does not match its tag (its hidden Record id, Row version or Check cell was changed, or the row was copied from another workbook); nothing was applied</source>
            <translation>{cell}：行がタグと一致しません（非表示のレコードID、行バージョン、検証セルが変更されたか、別のブックから行がコピーされています）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the same Record id is also on row {other} (rows must not be copied); nothing was applied</source>
            <translation>{cell}：同じレコードIDが {other} 行目にもあります（行をコピーすることはできません）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the hidden Record id and Row version columns must not be edited; nothing was applied</source>
            <translation>{cell}：非表示のレコードID列と行バージョン列は編集できません。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the cell holds a formula; type the value itself; nothing was applied</source>
            <translation>{cell}：セルに数式が入っています。値そのものを入力してください。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: this column was edited but cannot be imported (only green columns can); change it in the app; nothing was applied</source>
            <translation>{cell}：この列は編集されていますがインポートできません（インポートできるのは緑の列のみ）。アプリで変更してください。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the hidden Row version is not a number; nothing was applied</source>
            <translation>{cell}：非表示の行バージョンが数値ではありません。何も適用されていません</translation>
        </message>
        <message>
            <source>{sheet}: a shareable workbook has no Comments sheet (this one was added); nothing was applied</source>
            <translation>{sheet}：共有可のブックにはコメントシートはありません（追加されたものです）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the headers were changed (columns must not be renamed, moved, added or removed); nothing was applied</source>
            <translation>{cell}：見出しが変更されています（列の名前変更・移動・追加・削除はできません）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: a new comment's row has no Record id but hidden cells of a copied row; type a new comment in an empty row; nothing was applied</source>
            <translation>{cell}：新しいコメントの行にレコードIDがなく、コピーされた行の非表示セルがあります。新しいコメントは空の行に入力してください。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the hidden {id} and {rev} columns must not be edited; nothing was applied</source>
            <translation>{cell}：非表示の {id} 列と {rev} 列は編集できません。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: this column of an existing comment cannot be changed (only {text} and {resolved} can); change it in the app, or add a new comment in a new row; nothing was applied</source>
            <translation>{cell}：既存コメントのこの列は変更できません（変更できるのは {text} と {resolved} のみ）。アプリで変更するか、新しい行に新しいコメントを追加してください。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not {yes} or {no}; nothing was applied</source>
            <translation>{cell}：「{value}」は {yes} でも {no} でもありません。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: a reply has no {resolved} of its own; set it on the thread's first row; nothing was applied</source>
            <translation>{cell}：返信には独自の {resolved} はありません。スレッドの最初の行で設定してください。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: a reply takes its thread's record: leave {on} and {target} empty; nothing was applied</source>
            <translation>{cell}：返信の対象はスレッドのレコードです。{on} と {target} は空欄にしてください。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: a new comment needs {on} and {target} (or the {thread} it replies to); nothing was applied</source>
            <translation>{cell}：新しいコメントには {on} と {target}（または返信先の {thread}）が必要です。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not {internal} or {shareable}; nothing was applied</source>
            <translation>{cell}：「{value}」は {internal} でも {shareable} でもありません。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: a shareable workbook cannot name owners; nothing was applied</source>
            <translation>{cell}：共有可のブックでは担当者を指定できません。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not on the delegation roster; use initials from it ({known}); nothing was applied</source>
            <translation>{cell}：「{value}」は代表団名簿にありません。名簿のイニシャルを使ってください（{known}）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches nothing in this log; nothing was applied</source>
            <translation>{cell}：レコードIDがこのログのどれとも一致しません。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches no comment in this log (was it deleted?); nothing was applied</source>
            <translation>{cell}：レコードIDがこのログのどのコメントとも一致しません（削除されましたか？）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: a comment's text cannot be emptied (delete the comment in the app); nothing was applied</source>
            <translation>{cell}：コメントの本文を空にすることはできません（アプリでコメントを削除してください）。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: a new comment needs its text; nothing was applied</source>
            <translation>{cell}：新しいコメントには本文が必要です。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: no thread {thread} on this sheet; nothing was applied</source>
            <translation>{cell}：このシートにスレッド {thread} はありません。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not one of {allowed}; nothing was applied</source>
            <translation>{cell}：「{value}」は {allowed} のいずれでもありません。何も適用されていません</translation>
        </message>
        <message>
            <source>{cell}: not a date and time (write it as 2026-02-10 14:30, or leave it empty); nothing was applied</source>
            <translation>{cell}：日時ではありません（2026-02-10 14:30 の形式で入力するか、空欄にしてください）。何も適用されていません</translation>
        </message>
        <message>
            <source>Excel import is disabled: the defusedxml package is missing, and without it a workbook could carry an XML entity attack. Reinstall MineralsDesk.</source>
            <translation>Excel インポートは無効です。defusedxml パッケージがなく、これがないとブックに XML エンティティ攻撃が含まれるおそれがあります。MineralsDesk を再インストールしてください。</translation>
        </message>
        <message>
            <source>{name} is {size} MB; workbooks over {limit} MB are not imported</source>
            <translation>{name} は {size} MB です。{limit} MB を超えるブックはインポートされません</translation>
        </message>
        <message>
            <source>{name} is an old-style .xls or a password-protected workbook: give a protected one's password (the app asks; the command line takes --password-file or asks), or save an .xls as .xlsx and import that</source>
            <translation>{name} は旧形式の .xls かパスワード保護されたブックです。保護されたブックはパスワードを指定してください（アプリでは入力を求められます。コマンドラインでは --password-file を使うか入力を求められます）。.xls は .xlsx として保存してからインポートしてください</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook (.xlsx)</source>
            <translation>{name} は Excel ブック（.xlsx）ではありません</translation>
        </message>
        <message>
            <source>{name} is not a readable Excel workbook (its zip structure is damaged)</source>
            <translation>{name} は読み取れる Excel ブックではありません（zip 構造が壊れています）</translation>
        </message>
        <message>
            <source>{name}: part [Content_Types].xml is {size} MB; an Excel summary's is a few KB; refused</source>
            <translation>{name}：[Content_Types].xml パートが {size} MB あります。Excel サマリーでは数 KB です。拒否しました</translation>
        </message>
        <message>
            <source>{name}: part {part} is {size} MB; parts other than sheets are imported up to {limit} MB</source>
            <translation>{name}：パート {part} は {size} MB です。シート以外のパートは {limit} MB までインポートされます</translation>
        </message>
        <message>
            <source>{name}: its shared strings unpack to {size} MB; at most {limit} MB are imported; refused</source>
            <translation>{name}：共有文字列は展開すると {size} MB です。インポートできるのは最大 {limit} MB です。拒否しました</translation>
        </message>
        <message>
            <source>{name}: its shared-strings table holds more than {limit} entries, more than an Excel summary needs; refused</source>
            <translation>{name}：共有文字列テーブルの項目が {limit} 件を超えており、Excel サマリーに必要な量を超えています。拒否しました</translation>
        </message>
        <message>
            <source>The log was locked or closed before this work could read it: nothing was done. Run it again.</source>
            <translation>この処理がログを読む前にログがロックされたか閉じられました。何も行われていません。もう一度実行してください。</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export negotiating text (Akoma Ntoso)</source>
            <translation>交渉テキストの書き出し(Akoma Ntoso)</translation>
        </message>
        <message>
            <source>Written to
{path}</source>
            <translation>書き出し先
{path}</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>カレンダーの書き出し</translation>
        </message>
        <message>
            <source>commitments carry our internal compliance assessments</source>
            <translation>コミットメントに内部の履行評価が含まれます</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>書き出す</translation>
        </message>
        <message>
            <source>&amp;Internal — everything, marked LIMITED — INTERNAL</source>
            <translation>内部用(&amp;I) — すべて、「限定 — 内部用」と表示</translation>
        </message>
        <message>
            <source>S&amp;hareable — for counterparts: no red lines, fallbacks or internal notes</source>
            <translation>共有可(&amp;H) — 相手方向け: レッドライン・代替案・内部メモなし</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>選択(&amp;O)…</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>&amp;Tracks</source>
            <translation>交渉トラック(&amp;T)</translation>
        </message>
        <message>
            <source>The language of the document's own words: headings, labels, markings and dates. The log's text is printed as written.</source>
            <translation>文書自体の語句（見出し、ラベル、表示、日付）の言語です。ログの本文は書かれたとおりに印刷されます。</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>保存先(&amp;A)</translation>
        </message>
        <message>
            <source>Protect with a pass&amp;word (share it by another channel)</source>
            <translation>パスワードで保護(&amp;W)(パスワードは別の経路で伝えてください)</translation>
        </message>
        <message>
            <source>password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <source>the same password again</source>
            <translation>同じパスワードをもう一度</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>The two passwords differ; type the same password twice (nothing was written).</source>
            <translation>2 つのパスワードが一致しません。同じパスワードを 2 回入力してください(何も書き出していません)。</translation>
        </message>
        <message>
            <source>includes our red lines, fallbacks and internal notes</source>
            <translation>レッドライン、代替案、内部メモを含みます</translation>
        </message>
        <message>
            <source>Tick at least one track.</source>
            <translation>交渉トラックを 1 つ以上選んでください。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Internal:&lt;/b&gt; {warning}. Do not send it to other delegations.</source>
            <translation>&lt;b&gt;内部用:&lt;/b&gt; {warning}。他の代表団に送らないでください。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out of this document:&lt;/b&gt; {fields} (of {party}'s positions)</source>
            <translation>&lt;b&gt;この文書から除外:&lt;/b&gt; {fields}({party} のポジションのうち)</translation>
        </message>
        <message>
            <source> and 1 internal compliance assessment</source>
            <translation>、内部の履行評価 1 件</translation>
        </message>
        <message>
            <source> and {n} internal compliance assessments</source>
            <translation>、内部の履行評価 {n} 件</translation>
        </message>
        <message>
            <source>&amp;Open it</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <source>Export briefing PDF</source>
            <translation>ブリーフィング PDF の書き出し</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US レター</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>用紙(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Marking</source>
            <translation>表示(&amp;M)</translation>
        </message>
        <message>
            <source>none (shareable)</source>
            <translation>なし(共有可)</translation>
        </message>
        <message>
            <source>Export Excel summary</source>
            <translation>Excel 要約の書き出し</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel ブック (*.xlsx)</translation>
        </message>
        <message>
            <source>Export negotiating text (Word)</source>
            <translation>交渉テキストの書き出し(Word)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word 文書 (*.docx)</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>round {number} ({date})</source>
            <translation>第{number}回交渉会合（{date}）</translation>
        </message>
        <message>
            <source>no round yet</source>
            <translation>交渉会合はまだありません</translation>
        </message>
        <message>
            <source>{articles}, {brackets}, {when}</source>
            <translation>{articles}、{brackets}、{when}</translation>
        </message>
        <message>
            <source>{n} article</source>
            <translation>{n} 条</translation>
        </message>
        <message>
            <source>{n} articles</source>
            <translation>{n} 条</translation>
        </message>
        <message>
            <source>{n} bracket</source>
            <translation>角括弧 {n} 件</translation>
        </message>
        <message>
            <source>{n} brackets</source>
            <translation>角括弧 {n} 件</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>video call</source>
            <translation>ビデオ会議</translation>
        </message>
        <message>
            <source>Round {number} — {date}</source>
            <translation>第{number}回会合 — {date}</translation>
        </message>
        <message>
            <source>Discard what you typed?</source>
            <translation>入力内容を破棄しますか?</translation>
        </message>
        <message>
            <source>This form has changes that have not been saved. Close it and lose them?</source>
            <translation>このフォームには保存されていない変更があります。閉じて変更を破棄しますか?</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>他の場所で変更されました</translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message>
            <source>No party yet for: {authors} (add --author "NAME=PARTY")</source>
            <translation>当事者が未設定: {authors}（--author "名前=当事者" を指定してください）</translation>
        </message>
        <message>
            <source>(dry run: nothing was written)</source>
            <translation>（試行のみ: 何も書き込まれていません）</translation>
        </message>
        <message>
            <source>Imported: {what}</source>
            <translation>取り込み結果: {what}</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新規</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>変更なし</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>変更あり</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by ref, {score})</source>
            <translation>-&gt; {ref}（番号で照合, {score}）</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by title, {score})</source>
            <translation>-&gt; {ref}（見出しで照合, {score}）</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by text, {score})</source>
            <translation>-&gt; {ref}（文言で照合, {score}）</translation>
        </message>
        <message>
            <source>-&gt; new clause (proposed)</source>
            <translation>-&gt; 新しい条項（提案）</translation>
        </message>
        <message>
            <source>redline: {redline}</source>
            <translation>修正履歴: {redline}</translation>
        </message>
        <message>
            <source>{author} proposes: {redline}</source>
            <translation>{author} の提案: {redline}</translation>
        </message>
        <message>
            <source>brackets opened: {brackets}</source>
            <translation>付された角括弧: {brackets}</translation>
        </message>
        <message>
            <source>brackets resolved: {brackets}</source>
            <translation>解消された角括弧: {brackets}</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>問題: {problem}</translation>
        </message>
        <message>
            <source>{file} (sha256 {digest}) into {track}: {articles} article(s): {changed} changed, {unchanged} unchanged, {new} new; {absent} clause(s) absent from the file</source>
            <translation>{file}（sha256 {digest}）→ {track}: {articles} 条: 変更あり {changed}、変更なし {unchanged}、新規 {new}。ファイルにない条項 {absent} 件</translation>
        </message>
        <message>
            <source>absent from the file (kept, not deleted): {ref} {title}</source>
            <translation>ファイルにない条項（削除せず保持）: {ref} {title}</translation>
        </message>
        <message>
            <source>tracked changes by: {authors}</source>
            <translation>変更履歴の作成者: {authors}</translation>
        </message>
        <message>
            <source>{versions} new version(s) of existing clauses, {clauses} new clause(s); clauses absent from the file were kept</source>
            <translation>既存条項の新しい版 {versions} 件、新しい条項 {clauses} 件。ファイルにない条項は残しました</translation>
        </message>
        <message>
            <source>{record}, {field}: {old} -&gt; {new}</source>
            <translation>{record}、{field}: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>… and {n} more change (not listed)</source>
            <translation>… ほか {n} 件の変更（一覧には表示していません）</translation>
        </message>
        <message>
            <source>… and {n} more changes (not listed)</source>
            <translation>… ほか {n} 件の変更（一覧には表示していません）</translation>
        </message>
        <message>
            <source>{n} row of the export is missing from {sheet}: not deleted from the log (delete records in the app)</source>
            <translation>{sheet} からエクスポートの {n} 行が削除されています: ログからは削除しません（記録の削除はアプリで行ってください）</translation>
        </message>
        <message>
            <source>{n} rows of the export are missing from {sheet}: not deleted from the log (delete records in the app)</source>
            <translation>{sheet} からエクスポートの {n} 行が削除されています: ログからは削除しません（記録の削除はアプリで行ってください）</translation>
        </message>
        <message>
            <source>{file}: no changes to import</source>
            <translation>{file}: 取り込む変更はありません</translation>
        </message>
        <message>
            <source>{file}: {count} change(s) applied</source>
            <translation>{file}: {count} 件の変更を反映しました</translation>
        </message>
        <message>
            <source>{file}: {count} change(s) would be applied (dry run; nothing written)</source>
            <translation>{file}: {count} 件の変更が反映されます（試行のみ。何も書き込みません）</translation>
        </message>
        <message>
            <source>{count} conflict(s), not applied (resolve them in the app):</source>
            <translation>競合 {count} 件（反映していません。アプリで解決してください）:</translation>
        </message>
        <message>
            <source>{sheet}, row {row}</source>
            <translation>{sheet}、{row} 行目</translation>
        </message>
        <message>
            <source>{sheet}, row {row}, column {column}</source>
            <translation>{sheet}、{row} 行目、{column} 列</translation>
        </message>
        <message>
            <source>{sheet}, row {row}, column {column} ({header})</source>
            <translation>{sheet}、{row} 行目、{column} 列（{header}）</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: changed in the log since the export</source>
            <translation>{cell}（{record}）、{field}: エクスポート後にログで変更されています</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: changed in the log since the export (now {now}); the workbook says {says}</source>
            <translation>{cell}（{record}）、{field}: エクスポート後にログで変更されています（現在は {now}）。ブックでは {says} です</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: the text was cut to fit Excel and cannot replace the full text; edit it in the app</source>
            <translation>{cell}（{record}）、{field}: Excel に収めるため文言が切り詰められており、全文を置き換えられません。アプリで編集してください</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>Comment {text}</source>
            <translation>コメント {text}</translation>
        </message>
        <message>
            <source>New comment on {kind} {target}</source>
            <translation>{kind} {target} への新しいコメント</translation>
        </message>
        <message>
            <source>New comment on {kind} thread {thread}</source>
            <translation>{kind} のスレッド {thread} への新しいコメント</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>Current passphrase</source>
            <translation>現在のパスフレーズ</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>新しいパスフレーズ</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>パスフレーズ</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed.</source>
            <translation>パスフレーズが違います。何も変更していません。</translation>
        </message>
        <message>
            <source>{title}: nothing was changed</source>
            <translation>{title}: 何も変更していません</translation>
        </message>
        <message>
            <source>Encrypt log</source>
            <translation>記録を暗号化</translation>
        </message>
        <message>
            <source>The log, its journal and every backup from now on are encrypted. There is no recovery: a lost passphrase loses the log.</source>
            <translation>記録、そのジャーナル、今後のすべてのバックアップが暗号化されます。復旧手段はありません。パスフレーズを失うと記録も失われます。</translation>
        </message>
        <message>
            <source>{name} is now encrypted</source>
            <translation>{name} を暗号化しました</translation>
        </message>
        <message>
            <source>Plain backups remain</source>
            <translation>暗号化されていないバックアップが残っています</translation>
        </message>
        <message>
            <source>{n} backup(s) taken before the log was encrypted can still be read without the passphrase. Remove them? (A removed file may survive on the disk's blocks: full-disk encryption is the answer to that.)</source>
            <translation>暗号化前に作成したバックアップ {n} 件はパスフレーズなしで読めます。削除しますか?(削除したファイルはディスクのブロックに残ることがあります。対策はディスク全体の暗号化です。)</translation>
        </message>
        <message>
            <source>Remove them</source>
            <translation>削除する</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>残す</translation>
        </message>
        <message>
            <source>Decrypt log</source>
            <translation>記録の暗号化を解除</translation>
        </message>
        <message>
            <source>Store {name} unencrypted? Anyone who gets the file can then read it, red lines and fallbacks included.</source>
            <translation>{name} を暗号化せずに保存しますか?ファイルを入手した人は誰でも、レッドラインや代替案も含めて読めるようになります。</translation>
        </message>
        <message>
            <source>{name} is no longer encrypted</source>
            <translation>{name} の暗号化を解除しました</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>パスフレーズを変更</translation>
        </message>
        <message>
            <source>Older backups keep the old passphrase.</source>
            <translation>以前のバックアップは古いパスフレーズのままです。</translation>
        </message>
        <message>
            <source>The passphrase was changed</source>
            <translation>パスフレーズを変更しました</translation>
        </message>
        <message>
            <source>Lock after idle</source>
            <translation>無操作時にロック</translation>
        </message>
        <message>
            <source>Lock the window after this many minutes without input (0: never):</source>
            <translation>無操作がこの分数続いたらウィンドウをロック(0: しない):</translation>
        </message>
        <message>
            <source>This log is not encrypted: the lock only hides the screens, so anyone at this computer can unlock it, and the file itself can be read without the app. File &gt; Encrypt log… protects it.</source>
            <translation>この記録は暗号化されていません。ロックは画面を隠すだけなので、このコンピューターの誰でも解除でき、ファイル自体はアプリなしで読めます。「ファイル &gt; 記録を暗号化…」で保護できます。</translation>
        </message>
        <message>
            <source>The log is closed. Type its passphrase to unlock it; the undo history is kept.</source>
            <translation>記録は閉じています。パスフレーズを入力するとロックを解除します。元に戻す履歴は保持されます。</translation>
        </message>
        <message>
            <source>MineralsDesk is locked</source>
            <translation>MineralsDesk はロック中です</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>パスフレーズ</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>ロック解除(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>ロック中</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed. Try again.</source>
            <translation>パスフレーズが違います。何も変更していません。もう一度入力してください。</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its passphrase to open it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; は暗号化されています。開くにはパスフレーズを入力してください。</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its passphrase to {purpose} it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; は暗号化されています。パスフレーズを入力してください({purpose})。</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed. Try again (check Caps Lock and the keyboard layout).</source>
            <translation>パスフレーズが違います。何も変更していません。もう一度入力してください(Caps Lock とキーボード配列を確認)。</translation>
        </message>
        <message>
            <source>&amp;Encrypt with a passphrase (there is no recovery if it is lost)</source>
            <translation>パスフレーズで暗号化(&amp;E)(紛失すると復旧できません)</translation>
        </message>
        <message>
            <source>at least 10 characters; four or five random words</source>
            <translation>10 文字以上。ランダムな単語 4〜5 個</translation>
        </message>
        <message>
            <source>the same again</source>
            <translation>もう一度同じものを</translation>
        </message>
        <message>
            <source>Confirm {label}</source>
            <translation>確認: {label}</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>Strength: {strength}</source>
            <translation>強度: {strength}</translation>
        </message>
        <message>
            <source>The two passphrases differ</source>
            <translation>2 つのパスフレーズが一致しません</translation>
        </message>
    </context>
    <context>
        <name>Log</name>
        <message>
            <source>This log's history was keyed on this computer ({count} baseline entries written); see docs/safety.md, Tampering.</source>
            <translation>このログの変更履歴をこのコンピューターの鍵で保護しました（基準となる項目 {count} 件を記録）。docs/safety.md の Tampering を参照してください。</translation>
        </message>
        <message>
            <source>Change log: {problem}</source>
            <translation>変更履歴: {problem}</translation>
        </message>
        <message>
            <source>record: {problem}</source>
            <translation>記録: {problem}</translation>
        </message>
        <message>
            <source>change log: {problem}</source>
            <translation>変更履歴: {problem}</translation>
        </message>
        <message>
            <source>taken as a new starting point: the dump's history was not kept ({count} entries record its records as found)</source>
            <translation>新しい起点として取り込みました: ダンプの変更履歴は保持していません（{count} 件の項目が記録を取り込み時の状態で記録しています）</translation>
        </message>
        <message>
            <source>authenticated with this computer's key</source>
            <translation>このコンピューターの鍵で認証済み</translation>
        </message>
        <message>
            <source>consistent but not authenticated (this computer has no key for the log it came from)</source>
            <translation>整合していますが未認証です（このコンピューターには元のログの鍵がありません）</translation>
        </message>
        <message>
            <source>history kept: {seq} entries, head {head}, {trust}</source>
            <translation>変更履歴を保持: {seq} 件、先頭 {head}、{trust}</translation>
        </message>
        <message>
            <source>{name} is read-only (the file or its folder cannot be written): it is open for reading only</source>
            <translation>{name} は読み取り専用です（ファイルまたはフォルダーに書き込めません）。読み取り専用で開いています</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made: {exc}</source>
            <translation>本日の自動バックアップを作成できませんでした: {exc}</translation>
        </message>
        <message>
            <source>clause order: {stale} clause sort key(s) missing or out of date (the Clauses table may list those clauses out of order)</source>
            <translation>条項の順序: 並べ替えキー {stale} 件が欠落または古くなっています（条項一覧の順序が乱れることがあります）</translation>
        </message>
        <message>
            <source>clause filter: the word index disagrees with the clauses (the Clauses table's filter may miss or show clauses)</source>
            <translation>条項の絞り込み: 語の索引が条項と一致しません（条項一覧の絞り込みで条項が抜けたり、誤って表示されたりすることがあります）</translation>
        </message>
        <message>
            <source>dashboard counts: {stale} kept count(s) differ from the records (the dashboard cards may show wrong numbers)</source>
            <translation>ダッシュボードの件数: 保存済みの件数 {stale} 件が記録と一致しません（ダッシュボードのカードに誤った数が表示される可能性があります）</translation>
        </message>
        <message>
            <source>attached file content {digest}: its bytes do not match their SHA-256 (altered outside the app)</source>
            <translation>添付ファイルの内容 {digest}: バイト列が SHA-256 と一致しません（アプリの外で改変されています）</translation>
        </message>
        <message>
            <source>attached file content {digest}: size {size} differs from the stored {stored}</source>
            <translation>添付ファイルの内容 {digest}: サイズ {size} が保存値 {stored} と異なります</translation>
        </message>
        <message>
            <source>attachment {id} ({name}): its content {digest} is missing or of another size</source>
            <translation>添付ファイル {id}（{name}）: 内容 {digest} が見つからないか、サイズが異なります</translation>
        </message>
        <message>
            <source>{name} can be read by other users of this computer; make it private (chmod 600 "{path}").</source>
            <translation>{name} はこのコンピューターの他のユーザーが読み取れます。非公開にしてください（chmod 600 "{path}"）。</translation>
        </message>
        <message>
            <source>{name} is in a cloud-synced folder; a sync while it is open can damage it or send confidential text off this laptop. Keep logs in a local folder.</source>
            <translation>{name} はクラウド同期フォルダーにあります。開いている間の同期でファイルが壊れたり、機密の文言がこのノートPCの外に送られたりするおそれがあります。ログはローカルのフォルダーに置いてください。</translation>
        </message>
        <message>
            <source>{name} is on a network drive ({fstype}); file locking there is unreliable, so two writers can damage it. Keep logs on a local disk.</source>
            <translation>{name} はネットワークドライブ（{fstype}）上にあります。そこではファイルのロックが信頼できず、2 つの書き込みでファイルが壊れるおそれがあります。ログはローカルディスクに置いてください。</translation>
        </message>
        <message>
            <source>integrity: {line}</source>
            <translation>整合性: {line}</translation>
        </message>
        <message>
            <source>foreign key: {table} row {row} points to a missing {parent}</source>
            <translation>外部キー: {table} の行 {row} が存在しない {parent} を参照しています</translation>
        </message>
        <message>
            <source>laptop {device}, change {seq}: does not follow the entry before it</source>
            <translation>ノートPC {device}、変更 {seq}: 直前の項目に続いていません</translation>
        </message>
        <message>
            <source>laptop {device}, change {seq}: its content does not match its hash</source>
            <translation>ノートPC {device}、変更 {seq}: 内容がハッシュと一致しません</translation>
        </message>
        <message>
            <source>change {seq}: does not follow the entry before it (an entry was removed or reordered)</source>
            <translation>変更 {seq}: 直前の項目に続いていません（項目が削除されたか、順序が入れ替えられています）</translation>
        </message>
        <message>
            <source>change {seq}: its content does not match its hash (the entry was edited)</source>
            <translation>変更 {seq}: 内容がハッシュと一致しません（項目が編集されています）</translation>
        </message>
        <message>
            <source>... further problems not listed</source>
            <translation>... ほかの問題は表示していません</translation>
        </message>
        <message>
            <source>the history is not keyed yet (written by an older version): open the log once read-write, or run `mineralsdesk trust`, to key it</source>
            <translation>変更履歴はまだ鍵で保護されていません（古いバージョンで書き込まれています）。保護するには、ログを一度読み書き可能で開くか、`mineralsdesk trust` を実行してください</translation>
        </message>
        <message>
            <source>truncated: the chain ends at entry {seq}, before entry {anchor} that this computer last saw of this log (entries were removed, or this is an older copy such as a backup)</source>
            <translation>切り詰め: チェーンは項目 {seq} で終わっており、このコンピューターがこのログで最後に確認した項目 {anchor} より前です（項目が削除されたか、バックアップなどの古いコピーです）</translation>
        </message>
        <message>
            <source>rewritten: entry {anchor} is not the one this computer last saw of this log ({mark}); the history was rewritten, or this copy went its own way</source>
            <translation>書き換え: 項目 {anchor} は、このコンピューターがこのログで最後に確認したもの（{mark}）ではありません。変更履歴が書き換えられたか、このコピーが別に更新されています</translation>
        </message>
        <message>
            <source>key missing: this computer has no key for this log (id {log_id}), so its history cannot be authenticated; if the log came from another computer, run `mineralsdesk trust` to re-key it (otherwise treat it as tampered)</source>
            <translation>鍵がありません: このコンピューターにはこのログ（ID {log_id}）の鍵がないため、変更履歴を認証できません。ログが別のコンピューターから来たものなら、`mineralsdesk trust` を実行して鍵を付け直してください（そうでなければ改ざんされたものとして扱ってください）</translation>
        </message>
        <message>
            <source>the MAC of the chain's head is missing (removed outside the app)</source>
            <translation>チェーン先頭の MAC がありません（アプリの外で削除されています）</translation>
        </message>
        <message>
            <source>entries {first} to {last} were added without this log's key (outside the app, or on a computer without the key)</source>
            <translation>項目 {first} から {last} はこのログの鍵なしで追加されています（アプリの外、または鍵のないコンピューターで）</translation>
        </message>
        <message>
            <source>the chain does not match its key: entries were removed, rewritten or added outside the app</source>
            <translation>チェーンが鍵と一致しません: アプリの外で項目が削除、書き換え、または追加されています</translation>
        </message>
        <message>
            <source>{table} {id}: the record is not in the change log (added outside the app)</source>
            <translation>{table} {id}: この記録は変更履歴にありません（アプリの外で追加されています）</translation>
        </message>
        <message>
            <source>{table} {id}: the change log says the record exists, but it is gone (deleted outside the app)</source>
            <translation>{table} {id}: 変更履歴ではこの記録があるはずですが、見つかりません（アプリの外で削除されています）</translation>
        </message>
        <message>
            <source>{table} {id}, field {field}: is {current} but the change log says {logged} (edited outside the app)</source>
            <translation>{table} {id}、フィールド {field}: 値は {current} ですが、変更履歴では {logged} です（アプリの外で編集されています）</translation>
        </message>
        <message>
            <source>empty (null)</source>
            <translation>空（null）</translation>
        </message>
        <message>
            <source>... further differences not listed</source>
            <translation>... ほかの相違は表示していません</translation>
        </message>
    </context>
    <context>
        <name>LogFile</name>
        <message>
            <source>MineralsDesk logs (*.mdesk);;All files (*)</source>
            <translation>MineralsDesk の記録 (*.mdesk);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>MineralsDesk logs and backups (*.mdesk *.mdesk.gz);;All files (*)</source>
            <translation>MineralsDesk の記録とバックアップ (*.mdesk *.mdesk.gz);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>This log is damaged</source>
            <translation>この記録は破損しています</translation>
        </message>
        <message>
            <source>This log needs a newer MineralsDesk</source>
            <translation>この記録には新しい MineralsDesk が必要です</translation>
        </message>
        <message>
            <source>This is not a MineralsDesk log</source>
            <translation>これは MineralsDesk の記録ではありません</translation>
        </message>
        <message>
            <source>The log cannot be opened</source>
            <translation>記録を開けません</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>ファイル: {path}</translation>
        </message>
        <message>
            <source>MineralsDesk did not change the file.</source>
            <translation>MineralsDesk はファイルを変更していません。</translation>
        </message>
        <message>
            <source>Use File &gt; Restore... to put back a backup that passes its check.</source>
            <translation>「ファイル &gt; 復元...」で検査に合格するバックアップを戻してください。</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}</source>
            <translation>{name} を読めません: {reason}</translation>
        </message>
        <message>
            <source>{damage}. No backup of it passes its check.</source>
            <translation>{damage}。検査に合格するバックアップはありません。</translation>
        </message>
        <message>
            <source>The newest backup that passes its check was taken on {taken} ({reason}).
Restoring it keeps the damaged file beside it as “.damaged”.</source>
            <translation>検査に合格する最新のバックアップは {taken} に作成されました({reason})。
復元すると、破損したファイルは「.damaged」として隣に残ります。</translation>
        </message>
        <message>
            <source>Restore that backup</source>
            <translation>そのバックアップを復元</translation>
        </message>
        <message>
            <source>Nothing was restored</source>
            <translation>何も復元していません</translation>
        </message>
        <message>
            <source>Backup restored beside the log</source>
            <translation>バックアップを記録の隣に復元しました</translation>
        </message>
        <message>
            <source>Journal files beside the damaged log may still hold data, so it was left as it was and the backup restored to
{path}</source>
            <translation>破損した記録の隣のジャーナルファイルにデータが残っている可能性があるため、記録はそのままにし、バックアップを次に復元しました
{path}</translation>
        </message>
        <message>
            <source>it is inside the synced folder “{folder}”</source>
            <translation>同期フォルダー「{folder}」の中にあります</translation>
        </message>
        <message>
            <source>it is on a network share</source>
            <translation>ネットワーク共有上にあります</translation>
        </message>
        <message>
            <source>it is on a network file system ({kind})</source>
            <translation>ネットワークファイルシステム上にあります({kind})</translation>
        </message>
        <message>
            <source>Others can read this log</source>
            <translation>他の人がこの記録を読めます</translation>
        </message>
        <message>
            <source>Other users of this computer can read {name}. It holds internal red lines and fallbacks.</source>
            <translation>このコンピューターの他のユーザーが {name} を読めます。内部のレッドラインと代替案が含まれています。</translation>
        </message>
        <message>
            <source>Make it private</source>
            <translation>非公開にする</translation>
        </message>
        <message>
            <source>Leave it</source>
            <translation>そのままにする</translation>
        </message>
        <message>
            <source>Cannot change permissions</source>
            <translation>権限を変更できません</translation>
        </message>
        <message>
            <source>This log is in a synced or shared folder</source>
            <translation>この記録は同期フォルダーまたは共有フォルダーにあります</translation>
        </message>
        <message>
            <source>{name} may be overwritten by an older copy or read by others: {hint}.
Keep the log on this laptop and send exports instead.</source>
            <translation>{name} は古いコピーで上書きされたり他の人に読まれたりするおそれがあります: {hint}。
記録はこのノート PC に置き、代わりに書き出したファイルを送ってください。</translation>
        </message>
        <message>
            <source>Do not warn again for this log</source>
            <translation>この記録では今後警告しない</translation>
        </message>
        <message>
            <source>Open log</source>
            <translation>記録を開く</translation>
        </message>
        <message>
            <source>New log</source>
            <translation>新しい記録</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>e.g. EU delegation</source>
            <translation>例: EU 代表団</translation>
        </message>
        <message>
            <source>Your name, shown in the change log</source>
            <translation>変更履歴に表示されるあなたの名前</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Our party</source>
            <translation>当方の当事者</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>代表団</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>あなたの名前</translation>
        </message>
        <message>
            <source>Give the log a file name.</source>
            <translation>記録のファイル名を入力してください。</translation>
        </message>
        <message>
            <source>Open another log?</source>
            <translation>別の記録を開きますか?</translation>
        </message>
        <message>
            <source>Open another log, create a new one, or quit?</source>
            <translation>別の記録を開くか、新しく作るか、終了しますか?</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message>
            <source>New log…</source>
            <translation>新しい記録…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>バックアップに失敗しました</translation>
        </message>
        <message>
            <source>Nothing was written.
{error}</source>
            <translation>何も書き込んでいません。
{error}</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>バックアップを作成しました</translation>
        </message>
        <message>
            <source>The log was backed up ({size} KB). It is listed under File &gt; Restore…</source>
            <translation>記録をバックアップしました({size} KB)。「ファイル &gt; 復元…」に表示されます</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>バックアップから復元</translation>
        </message>
        <message>
            <source>Backup taken</source>
            <translation>作成日時</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>The backup replaces &lt;b&gt;{name}&lt;/b&gt;. The current log is kept as a backup first, so a restore can itself be undone.</source>
            <translation>バックアップで &lt;b&gt;{name}&lt;/b&gt; を置き換えます。現在の記録は先にバックアップとして保存されるため、復元自体も元に戻せます。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>別のファイル…</translation>
        </message>
        <message>
            <source>Backups, newest first:</source>
            <translation>バックアップ(新しい順):</translation>
        </message>
        <message>
            <source>Restore from</source>
            <translation>復元元</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>このバックアップを復元しますか?</translation>
        </message>
        <message>
            <source>Replace the log with the backup {name}?
The current log is kept as a backup first.</source>
            <translation>記録をバックアップ {name} で置き換えますか?
現在の記録は先にバックアップとして保存されます。</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>バックアップを復元しました</translation>
        </message>
        <message>
            <source>Restored {name}.
The log as it was is kept in
{path}</source>
            <translation>{name} を復元しました。
以前の記録は次に保存されています
{path}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近使ったログ(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>記録(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>設定(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>メイン</translation>
        </message>
        <message>
            <source>No recent logs</source>
            <translation>最近使ったログはありません</translation>
        </message>
        <message>
            <source>Log: {name}</source>
            <translation>ログ: {name}</translation>
        </message>
        <message>
            <source>Ours: {party} ({delegation})</source>
            <translation>自方: {party}（{delegation}）</translation>
        </message>
        <message>
            <source>Ours: {party}</source>
            <translation>自方: {party}</translation>
        </message>
        <message>
            <source>Last change: {when} UTC, {who}</source>
            <translation>最終変更: {when} UTC、{who}</translation>
        </message>
        <message>
            <source>No changes yet</source>
            <translation>まだ変更はありません</translation>
        </message>
        <message>
            <source>Discard the unfinished form?</source>
            <translation>未完成のフォームを破棄しますか？</translation>
        </message>
        <message>
            <source>A form is half filled in and has not been saved. Quit anyway and lose what was typed?</source>
            <translation>入力途中のフォームが保存されていません。入力内容を破棄して終了しますか？</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>{app} について</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;An offline workbench for the critical-minerals partnership negotiations.&lt;/p&gt;&lt;p&gt;Log: {log}&lt;br&gt;Error log: {error_log}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans (SIL Open Font Licence), IPAexGothic (IPA Font Licence).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;重要鉱物パートナーシップ交渉のためのオフライン作業ツール。&lt;/p&gt;&lt;p&gt;ログ: {log}&lt;br&gt;エラーログ: {error_log}&lt;/p&gt;&lt;p&gt;フォント: Noto Sans（SIL Open Font Licence）、IPAexGothic（IPA フォントライセンス）。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Markings</name>
        <message>
            <source>LIMITED — INTERNAL</source>
            <translation>取扱注意 — 内部限り</translation>
        </message>
    </context>
    <context>
        <name>MineFilter</name>
        <message>
            <source>Say who you are first: Settings &gt; Delegation roster…, pick yourself under "I am". The Mine filter then keeps what you own.</source>
            <translation>まず自分を指定してください: 設定 &gt; 代表団名簿… で「自分」に自分を選びます。すると「自分の」フィルターで担当分だけを表示します。</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>自分の(&amp;M)</translation>
        </message>
        <message>
            <source>Only the {what} you own ({key})</source>
            <translation>自分が担当する{what}のみ({key})</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>自分の</translation>
        </message>
        <message>
            <source> owned by a former member</source>
            <translation>(元メンバー担当)</translation>
        </message>
        <message>
            <source> owned by you</source>
            <translation>(自分の担当)</translation>
        </message>
        <message>
            <source> owned by {name}</source>
            <translation>({name} の担当)</translation>
        </message>
    </context>
    <context>
        <name>MinutesScreen</name>
        <message>
            <source>Type a clause reference or title, then Enter</source>
            <translation>条項の番号または見出しを入力して Enter</translation>
        </message>
        <message>
            <source>What they said (Enter saves; the clause stays for the next one)</source>
            <translation>発言内容(Enter で保存。条項は次の発言用に残ります)</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>交渉会合(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Clause</source>
            <translation>条項(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Party · signal</source>
            <translation>当事者・シグナル(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Words</source>
            <translation>発言(&amp;W)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>当事者</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>シグナル</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>発言内容</translation>
        </message>
        <message>
            <source>&amp;Apply to positions and brackets…</source>
            <translation>ポジションと角括弧に反映(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Delete intervention</source>
            <translation>発言を削除(&amp;D)</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>議事録</translation>
        </message>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track} 第{number}回会合({date})</translation>
        </message>
        <message>
            <source>Add a round first (Rounds screen)</source>
            <translation>まず交渉会合を追加してください(会合画面)</translation>
        </message>
        <message>
            <source>Whole clause</source>
            <translation>条項全体</translation>
        </message>
        <message>
            <source>No party on key {letter}</source>
            <translation>キー {letter} に当事者はありません</translation>
        </message>
        <message>
            <source>Signals are keys 1 to {last}</source>
            <translation>シグナルはキー 1~{last} です</translation>
        </message>
        <message>
            <source>press a letter, then a digit; Enter saves</source>
            <translation>文字キー、次に数字キー。Enter で保存</translation>
        </message>
        <message>
            <source>Party: {parties}</source>
            <translation>当事者: {parties}</translation>
        </message>
        <message>
            <source>Signal: {signals}</source>
            <translation>シグナル: {signals}</translation>
        </message>
        <message>
            <source>a clause</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>a party (its letter)</source>
            <translation>当事者(文字キー)</translation>
        </message>
        <message>
            <source>a signal (1-5)</source>
            <translation>シグナル(1~5)</translation>
        </message>
        <message>
            <source>Choose {what} first</source>
            <translation>先に{what}を選んでください</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>a round</source>
            <translation>交渉会合</translation>
        </message>
        <message>
            <source>Note {party} {signal}</source>
            <translation>{party} {signal} を記録</translation>
        </message>
        <message>
            <source>Noted #{seq}: {party} {signal} {clause}</source>
            <translation>記録 #{seq}: {party} {signal} {clause}</translation>
        </message>
        <message>
            <source>Delete intervention</source>
            <translation>発言を削除</translation>
        </message>
        <message>
            <source> [bracket]</source>
            <translation> [角括弧]</translation>
        </message>
    </context>
    <context>
        <name>Modals</name>
        <message>
            <source>Obligation weakened</source>
            <translation>義務が弱まった</translation>
        </message>
        <message>
            <source>Obligation strengthened</source>
            <translation>義務が強まった</translation>
        </message>
        <message>
            <source>Obligation changed</source>
            <translation>義務が変わった</translation>
        </message>
        <message>
            <source>no modal</source>
            <translation>法助動詞なし</translation>
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;This screen is not available in this build.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;この画面はこのビルドでは利用できません。&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>PositionForm</name>
        <message>
            <source>Position on {ref}</source>
            <translation>{ref} に対する立場</translation>
        </message>
        <message>
            <source>&amp;Party</source>
            <translation>当事者(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Stance</source>
            <translation>姿勢(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>メモ(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>会合(&amp;R)</translation>
        </message>
        <message>
            <source>INTERNAL — our delegation only, never in shareable documents</source>
            <translation>内部 — 自代表団のみ。共有文書には載りません</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>レッドライン</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>代替案</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>内部メモ</translation>
        </message>
        <message>
            <source>{party} position on {ref}</source>
            <translation>{ref} に対する {party} の立場</translation>
        </message>
        <message>
            <source>Previous ({stance}): {note}</source>
            <translation>前回（{stance}）: {note}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>（メモなし）</translation>
        </message>
        <message>
            <source>No previous position.</source>
            <translation>以前の立場はありません。</translation>
        </message>
        <message>
            <source>Add a round for this track first (Rounds screen)</source>
            <translation>先にこのトラックの会合を追加してください（会合画面）</translation>
        </message>
    </context>
    <context>
        <name>PositionsModel</name>
        <message>
            <source>INTERNAL</source>
            <translation>内部</translation>
        </message>
        <message>
            <source>not a party</source>
            <translation>当事者外</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>{code} (ours)</source>
            <translation>{code}（自国）</translation>
        </message>
        <message>
            <source>red line</source>
            <translation>レッドライン</translation>
        </message>
        <message>
            <source>fallback</source>
            <translation>代替案</translation>
        </message>
        <message>
            <source>note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>{mark} {label}: {text}</source>
            <translation>{mark} {label}: {text}</translation>
        </message>
        <message>
            <source>{party} is not a party to this track</source>
            <translation>{party} はこの交渉トラックの当事者ではありません</translation>
        </message>
        <message>
            <source>{party} has stated no position yet</source>
            <translation>{party} はまだ立場を表明していません</translation>
        </message>
        <message>
            <source> (round {number}, {date})</source>
            <translation>（第{number}回会合、{date}）</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>（メモなし）</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>レッドライン</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>代替案</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>内部メモ</translation>
        </message>
        <message>
            <source>Our delegation: red lines and fallbacks here are INTERNAL and never exported to counterparts</source>
            <translation>自代表団: ここのレッドラインと代替案は内部情報で、相手側には出力されません</translation>
        </message>
        <message>
            <source>{party}'s latest stance on each clause</source>
            <translation>各条項に対する {party} の最新の姿勢</translation>
        </message>
        <message>
            <source>{party} position on {ref}: {stance}</source>
            <translation>{ref} に対する {party} の立場: {stance}</translation>
        </message>
    </context>
    <context>
        <name>PositionsView</name>
        <message>
            <source>Any topic</source>
            <translation>すべてのテーマ</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <source>Position not changed</source>
            <translation>立場は変更されていません</translation>
        </message>
        <message>
            <source>{not_a_party} (hatched): not in the track</source>
            <translation>{not_a_party}（斜線）: トラック外</translation>
        </message>
        <message>
            <source>Double-click or Enter: record a position; F2 or a letter: change the stance in place.</source>
            <translation>ダブルクリックまたは Enter: 立場を記録。F2 または文字キー: その場で姿勢を変更。</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>全トラック</translation>
        </message>
        <message>
            <source>Select a cell to read the full position; our red lines and fallbacks show only in our own column, marked INTERNAL.</source>
            <translation>セルを選ぶと立場の全文を表示します。自国のレッドラインと代替案は自国の列にのみ「内部」として表示されます。</translation>
        </message>
        <message>
            <source>{party} on {ref} {title}</source>
            <translation>{ref} {title} に対する {party}</translation>
        </message>
        <message>
            <source>{party} is not a party to the {track} track, so it holds no position on this clause. Add it to the track (Tracks, Edit) to record one.</source>
            <translation>{party} は交渉トラック {track} の当事者ではないため、この条項に立場はありません。記録するにはトラックに追加してください（トラック、編集）。</translation>
        </message>
        <message>
            <source>{head}: no position recorded.</source>
            <translation>{head}: 立場の記録はありません。</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>（メモなし）</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>レッドライン</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>代替案</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>内部メモ</translation>
        </message>
        <message>
            <source>{internal} (our delegation only)</source>
            <translation>{internal}（自代表団のみ）</translation>
        </message>
    </context>
    <context>
        <name>RedlinePane</name>
        <message>
            <source>Clause compared from</source>
            <translation>比較元の条項</translation>
        </message>
        <message>
            <source>Clause compared with</source>
            <translation>比較先の条項</translation>
        </message>
        <message>
            <source>Redline &amp;from:</source>
            <translation>比較元(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>比較先(&amp;T):</translation>
        </message>
        <message>
            <source>S&amp;wap</source>
            <translation>入れ替え(&amp;W)</translation>
        </message>
        <message>
            <source>Compare the other way round</source>
            <translation>逆方向に比較します</translation>
        </message>
        <message>
            <source>Redline between the two clauses</source>
            <translation>2つの条項の差分</translation>
        </message>
        <message>
            <source>Fewer than two clauses on this topic: nothing to compare.</source>
            <translation>このテーマの条項が2つ未満のため、比較できません。</translation>
        </message>
        <message>
            <source>Pick two clauses to compare.</source>
            <translation>比較する条項を2つ選んでください。</translation>
        </message>
        <message>
            <source>The same clause on both sides: pick another to compare.</source>
            <translation>両側が同じ条項です。別の条項を選んでください。</translation>
        </message>
        <message>
            <source>Legend: {inserted} (underlined): only in {second} · {deleted} (struck through): only in {first} · plain: in both.</source>
            <translation>凡例: {inserted}(下線): {second} のみ · {deleted}(取り消し線): {first} のみ · 標準: 両方</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>挿入</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>削除</translation>
        </message>
    </context>
    <context>
        <name>RosterDialog</name>
        <message>
            <source>Delegation roster</source>
            <translation>代表団名簿</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>イニシャル</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在籍</translation>
        </message>
        <message>
            <source>Role (head of delegation, lawyer, expert…)</source>
            <translation>役割(首席代表、法務、専門家…)</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>メンバーを追加(&amp;A)</translation>
        </message>
        <message>
            <source>Mark &amp;inactive / active</source>
            <translation>非在籍/在籍に切替(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>削除(&amp;R)</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>自分</translation>
        </message>
        <message>
            <source>I &amp;am:</source>
            <translation>自分(&amp;A):</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>nobody chosen</source>
            <translation>未選択</translation>
        </message>
        <message>
            <source>Choose who I am</source>
            <translation>自分を選択</translation>
        </message>
        <message>
            <source>Add delegation member</source>
            <translation>代表団メンバーを追加</translation>
        </message>
        <message>
            <source>Change member</source>
            <translation>メンバーを変更</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>メンバーを削除</translation>
        </message>
    </context>
    <context>
        <name>RoundBars</name>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>内部用</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>交渉会合はまだありません</translation>
        </message>
    </context>
    <context>
        <name>RoundForm</name>
        <message>
            <source>Edit round</source>
            <translation>会合を編集</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>新しい会合</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>ビデオ会議</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参加者</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>成果</translation>
        </message>
        <message>
            <source>Add a track first (Tracks, Ctrl+2).</source>
            <translation>先に交渉トラックを追加してください（トラック、Ctrl+2）。</translation>
        </message>
        <message>
            <source>Say where the round took place, or tick video call.</source>
            <translation>会合の場所を記入するか、ビデオ会議にチェックを入れてください。</translation>
        </message>
        <message>
            <source>Add round</source>
            <translation>会合を追加</translation>
        </message>
        <message>
            <source>Edit round {number}</source>
            <translation>第{number}回会合を編集</translation>
        </message>
    </context>
    <context>
        <name>RoundsModel</name>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>会合</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>未完了の行動</translation>
        </message>
        <message>
            <source>video call</source>
            <translation>ビデオ会議</translation>
        </message>
        <message>
            <source>Illustrative: this round is part of the demo story, not a real meeting</source>
            <translation>例示: この会合はデモ用のもので、実際の会合ではありません</translation>
        </message>
    </context>
    <context>
        <name>RoundsView</name>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>New round…</source>
            <translation>新しい会合…</translation>
        </message>
        <message>
            <source>Edit round…</source>
            <translation>会合を編集…</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>行動を追加…</translation>
        </message>
        <message>
            <source>Mark done / not done</source>
            <translation>完了 / 未完了</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>フォローアップ行動</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>添付</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>会合</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>全トラック</translation>
        </message>
        <message>
            <source>Select a round.</source>
            <translation>会合を選択してください。</translation>
        </message>
        <message>
            <source>video call</source>
            <translation>ビデオ会議</translation>
        </message>
        <message>
            <source>Illustrative round (demo story).</source>
            <translation>例示の会合（デモ用）。</translation>
        </message>
        <message>
            <source>{track} round {number} — {date}, {place}</source>
            <translation>{track} 第{number}回会合 — {date}、{place}</translation>
        </message>
        <message>
            <source>dd MMMM yyyy</source>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>成果</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参加者</translation>
        </message>
        <message>
            <source>Mark action done</source>
            <translation>行動を完了にする</translation>
        </message>
        <message>
            <source>Mark action not done</source>
            <translation>行動を未完了にする</translation>
        </message>
    </context>
    <context>
        <name>ScorecardView</name>
        <message>
            <source>Round</source>
            <translation>会合</translation>
        </message>
        <message>
            <source>Brackets opened</source>
            <translation>角括弧 追加</translation>
        </message>
        <message>
            <source>Brackets closed</source>
            <translation>角括弧 解消</translation>
        </message>
        <message>
            <source>Moves towards ours</source>
            <translation>自国寄りの変化</translation>
        </message>
        <message>
            <source>Moves away from ours</source>
            <translation>自国から離れる変化</translation>
        </message>
        <message>
            <source>Our fallbacks used</source>
            <translation>使った代替案</translation>
        </message>
        <message>
            <source>Interventions</source>
            <translation>発言</translation>
        </message>
        <message>
            <source>Round {number} ({date})</source>
            <translation>第{number}回会合({date})</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>{title} (internal)</source>
            <translation>{title}(内部用)</translation>
        </message>
        <message>
            <source>Internal: never printed in a shareable briefing</source>
            <translation>内部用: 共有用ブリーフィングには印刷されません</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>スコアカード</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>&amp;Track:</source>
            <translation>交渉トラック(&amp;T):</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>内部用</translation>
        </message>
        <message>
            <source>our fallbacks used and the minutes' interventions: never in a shareable paper</source>
            <translation>使用した代替案と議事録の発言: 共有用文書には載りません</translation>
        </message>
        <message>
            <source>No track yet.</source>
            <translation>交渉トラックはまだありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n round(s); brackets opened {opened}, closed {closed}; ours: {ours}</source>
            <translation>
                <numerusform>交渉会合 %n 回、角括弧 追加 {opened}・解消 {closed}、自国: {ours}</numerusform>
            </translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>未指定</translation>
        </message>
        <message>
            <source>R{number}</source>
            <translation>第{number}回</translation>
        </message>
        <message>
            <source>Brackets: opened (up), closed (down)</source>
            <translation>角括弧: 追加(上)、解消(下)</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>解消</translation>
        </message>
        <message>
            <source>{party} towards</source>
            <translation>{party} 接近</translation>
        </message>
        <message>
            <source>{party} away</source>
            <translation>{party} 乖離</translation>
        </message>
        <message>
            <source>Stance moves: towards ours (up), away (down)</source>
            <translation>立場の変化: 自国寄り(上)、離反(下)</translation>
        </message>
        <message>
            <source>Interventions (up), our fallbacks used (down)</source>
            <translation>発言(上)、使った代替案(下)</translation>
        </message>
        <message>
            <source>our fallbacks used</source>
            <translation>使った代替案</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Find</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>Search clauses, rounds, positions, commitments…  ("a phrase", -word, OR, NEAR(a b))</source>
            <translation>条項・会合・ポジション・コミットメントを検索…  ("語句", -語, OR, NEAR(a b))</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>Rank every match, older ones too</source>
            <translation>古いものも含めすべての一致を順位付け</translation>
        </message>
        <message>
            <source>A word found in more than 300 records is ranked among its newest matches; tick this to rank them all (slower in a large log)</source>
            <translation>300 件を超える記録に現れる語は新しい一致の中で順位付けされます。すべてを順位付けするにはチェックしてください(大きな記録では遅くなります)</translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>見つかりません</translation>
        </message>
        <message>
            <source>50 results (best 50)</source>
            <translation>50 件(上位 50 件)</translation>
        </message>
        <message>
            <source>1 result</source>
            <translation>1 件</translation>
        </message>
        <message>
            <source>{n} results</source>
            <translation>{n} 件</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>Clause</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>交渉会合</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>コミットメント</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>ポジション</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>アクション</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>発言</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>コメント</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>MineralsDesk — keyboard shortcuts</source>
            <translation>MineralsDesk — キーボードショートカット</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <source>&amp;Print to PDF…</source>
            <translation>PDF に印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Print keyboard shortcuts</source>
            <translation>キーボードショートカットを印刷</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>MineralsDesk keyboard shortcuts</source>
            <translation>MineralsDesk キーボードショートカット</translation>
        </message>
    </context>
    <context>
        <name>StartupChecks</name>
        <message>
            <source>The background check of {name} could not run: {message}</source>
            <translation>{name} のバックグラウンド検査を実行できませんでした: {message}</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>file {number} from {name}: already imported, nothing changed</source>
            <translation>{name} からのファイル {number}: 取り込み済みのため、変更はありません</translation>
        </message>
        <message>
            <source>{n} new entry</source>
            <translation>新しい項目 {n} 件</translation>
        </message>
        <message>
            <source>{n} new entries</source>
            <translation>新しい項目 {n} 件</translation>
        </message>
        <message>
            <source>file {number} from {name}: {entries}; would apply {applied}, already here {already}, conflicts {conflicts}, not records {skipped}</source>
            <translation>{name} からのファイル {number}: {entries}。反映予定 {applied}、取り込み済み {already}、競合 {conflicts}、記録以外 {skipped}</translation>
        </message>
        <message>
            <source>file {number} from {name}: {entries}; applied {applied}, already here {already}, conflicts {conflicts}, not records {skipped}</source>
            <translation>{name} からのファイル {number}: {entries}。反映 {applied}、取り込み済み {already}、競合 {conflicts}、記録以外 {skipped}</translation>
        </message>
        <message>
            <source>{table} {id}: created there, but deleted here</source>
            <translation>{table} {id}: 相手側で作成、こちらで削除</translation>
        </message>
        <message>
            <source>{table} {id}: created there under a record missing here</source>
            <translation>{table} {id}: 相手側で、こちらにない記録の下に作成されました</translation>
        </message>
        <message>
            <source>{table} {id}: deleted there, but records here still use it</source>
            <translation>{table} {id}: 相手側で削除されましたが、こちらの記録がまだ使用しています</translation>
        </message>
        <message>
            <source>{table} {id}, {field}: edited there, deleted here</source>
            <translation>{table} {id}、{field}: 相手側で編集、こちらで削除</translation>
        </message>
        <message>
            <source>{table} {id}, {field}: changed on both laptops</source>
            <translation>{table} {id}、{field}: 両方のノートPCで変更されました</translation>
        </message>
    </context>
    <context>
        <name>SyncCard</name>
        <message>
            <source>never received a file</source>
            <translation>ファイル未受信</translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>未解決の競合 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Last synced with</source>
            <translation>最終同期先</translation>
        </message>
        <message>
            <source>files received {received} · sent {sent}</source>
            <translation>受信ファイル {received} · 送信 {sent}</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>MineralsDesk sync file (*.mdsync);;All files (*)</source>
            <translation>MineralsDesk 同期ファイル (*.mdsync);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Sync with a colleague</source>
            <translation>同僚と同期</translation>
        </message>
        <message>
            <source>&amp;Export for a colleague</source>
            <translation>同僚向けに書き出し(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Import a file</source>
            <translation>ファイルを取り込み(&amp;I)</translation>
        </message>
        <message>
            <source>the delegation's sync passphrase (not stored)</source>
            <translation>代表団の同期用パスフレーズ(保存されません)</translation>
        </message>
        <message>
            <source>This log is encrypted: the file is sealed with the log's own passphrase, which every colleague's copy shares.</source>
            <translation>このログは暗号化されています。ファイルはログ自身のパスフレーズで封印され、同僚のコピーも同じものを使います。</translation>
        </message>
        <message>
            <source>Sync files are sealed with the delegation's sync passphrase, agreed among colleagues. It is used for this file only and never stored.</source>
            <translation>同期ファイルは、同僚間で決めた代表団の同期用パスフレーズで封印されます。このファイルにのみ使われ、保存されません。</translation>
        </message>
        <message>
            <source>{title} refused</source>
            <translation>{title}は拒否されました</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>同僚</translation>
        </message>
        <message>
            <source>a colleague's name</source>
            <translation>同僚の名前</translation>
        </message>
        <message>
            <source>Sync file to write</source>
            <translation>書き出す同期ファイル</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>選択(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Colleague</source>
            <translation>同僚(&amp;C)</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>保存先(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>パスフレーズ(&amp;P)</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>まだいません</translation>
        </message>
        <message>
            <source>Known colleagues: {known}. A file for someone not yet known carries the whole history once.</source>
            <translation>既知の同僚: {known}。まだ同期したことのない相手へのファイルには、初回のみ全履歴が含まれます。</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>書き出し(&amp;X)</translation>
        </message>
        <message>
            <source>Write the sync file</source>
            <translation>同期ファイルを書き出す</translation>
        </message>
        <message>
            <source>Name the colleague the file is for.</source>
            <translation>ファイルを渡す同僚の名前を入力してください。</translation>
        </message>
        <message>
            <source>Choose where to write the file.</source>
            <translation>ファイルの保存先を選んでください。</translation>
        </message>
        <message>
            <source>Type the delegation's sync passphrase.</source>
            <translation>代表団の同期用パスフレーズを入力してください。</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>何も書き出されませんでした。</translation>
        </message>
        <message>
            <source>Export for a colleague refused</source>
            <translation>同僚向けの書き出しは拒否されました</translation>
        </message>
        <message>
            <source>Sealing the file…</source>
            <translation>ファイルを封印しています…</translation>
        </message>
        <message>
            <source>Written: {path}. Give it to {colleague} by USB or secure mail.</source>
            <translation>書き出しました: {path}。USB または安全なメールで {colleague} に渡してください。</translation>
        </message>
        <message>
            <source>Export for a colleague</source>
            <translation>同僚向けの書き出し</translation>
        </message>
        <message>
            <source>Sync file to import</source>
            <translation>取り込む同期ファイル</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>選択(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>Pass&amp;phrase</source>
            <translation>パスフレーズ(&amp;P)</translation>
        </message>
        <message>
            <source>Preview first: nothing is written until you apply.</source>
            <translation>まずプレビュー: 適用するまで何も書き込まれません。</translation>
        </message>
        <message>
            <source>Conflicts the file would make</source>
            <translation>このファイルで生じる競合</translation>
        </message>
        <message>
            <source>The conflicts the file would make are listed here after a preview.</source>
            <translation>このファイルで生じる競合は、プレビュー後にここに表示されます。</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>プレビュー(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>適用(&amp;A)</translation>
        </message>
        <message>
            <source>Import a sync file</source>
            <translation>同期ファイルを取り込む</translation>
        </message>
        <message>
            <source>Choose the sync file a colleague gave you.</source>
            <translation>同僚から受け取った同期ファイルを選んでください。</translation>
        </message>
        <message>
            <source>Preview the sync file</source>
            <translation>同期ファイルのプレビュー</translation>
        </message>
        <message>
            <source>Import the sync file</source>
            <translation>同期ファイルの取り込み</translation>
        </message>
        <message>
            <source>Preview (nothing written yet)</source>
            <translation>プレビュー(まだ何も書き込まれていません)</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>適用済み</translation>
        </message>
        <message>
            <source>Would apply &lt;b&gt;{applied}&lt;/b&gt;, already here {already}, conflicts &lt;b&gt;{conflicts}&lt;/b&gt;, not records {skipped}.</source>
            <translation>適用予定 &lt;b&gt;{applied}&lt;/b&gt;、既存 {already}、競合 &lt;b&gt;{conflicts}&lt;/b&gt;、レコード以外 {skipped}。</translation>
        </message>
        <message>
            <source>Applied &lt;b&gt;{applied}&lt;/b&gt;, already here {already}, conflicts &lt;b&gt;{conflicts}&lt;/b&gt;, not records {skipped}.</source>
            <translation>適用 &lt;b&gt;{applied}&lt;/b&gt;、既存 {already}、競合 &lt;b&gt;{conflicts}&lt;/b&gt;、レコード以外 {skipped}。</translation>
        </message>
        <message>
            <source>file {number} from {sender}: {entries} new entries.</source>
            <translation>{sender} からのファイル {number}: 新規エントリ {entries} 件。</translation>
        </message>
        <message>
            <source>Apply to merge it.</source>
            <translation>適用すると統合されます。</translation>
        </message>
        <message>
            <source>Apply to merge it; the conflicts go to the Conflicts screen, nothing is overwritten.</source>
            <translation>適用すると統合されます。競合は競合画面に送られ、上書きはされません。</translation>
        </message>
        <message>
            <source>… and {more} more</source>
            <translation>… ほか {more} 件</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>競合はありません。</translation>
        </message>
    </context>
    <context>
        <name>TeamCard</name>
        <message>
            <source>open before {track} round {number} ({date})</source>
            <translation>{track} 第{number}回会合({date})までの未了分</translation>
        </message>
        <message>
            <source>everything open (no round planned yet)</source>
            <translation>すべての未了分(予定の会合なし)</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>チーム</translation>
        </message>
        <message>
            <source>(you)</source>
            <translation>(自分)</translation>
        </message>
        <message>
            <source>{name}'s clauses, in Clauses</source>
            <translation>{name} の条項(条項画面)</translation>
        </message>
        <message numerus="yes">
            <source>%n open clause(s)</source>
            <translation>
                <numerusform>未決の条項 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) due</source>
            <translation>
                <numerusform>期限のコミットメント %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open commitment(s)</source>
            <translation>
                <numerusform>未了のコミットメント %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TopicsView</name>
        <message>
            <source>Topics</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>テーマ(&amp;T):</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) in {covering} of {tracks} tracks</source>
            <translation>
                <numerusform>{tracks} 交渉トラック中 {covering} トラックに条項 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>No clause on this topic yet.</source>
            <translation>このテーマの条項はまだありません。</translation>
        </message>
    </context>
    <context>
        <name>TrackColumn</name>
        <message>
            <source>amends</source>
            <translation>修正付</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>, v{version} tabled by {party}</source>
            <translation>、v{version}({party} 提出)</translation>
        </message>
        <message>
            <source>, no text yet</source>
            <translation>、本文なし</translation>
        </message>
        <message>
            <source>No text recorded.</source>
            <translation>本文は記録されていません。</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) · parties {parties}</source>
            <translation>
                <numerusform>条項 %n 件 · 当事者 {parties}</numerusform>
            </translation>
        </message>
        <message>
            <source>No clause on this topic in this track.</source>
            <translation>この交渉トラックにはこのテーマの条項がありません。</translation>
        </message>
        <message>
            <source>Current text of the {track} clauses on this topic</source>
            <translation>このテーマに関する {track} の条項の現行本文</translation>
        </message>
        <message>
            <source>Stances in {track}</source>
            <translation>{track} の立場</translation>
        </message>
        <message>
            <source>Each party's latest stance in {track}</source>
            <translation>{track} における各当事者の最新の立場</translation>
        </message>
        <message>
            <source>{party}: no position recorded on {ref}</source>
            <translation>{party}: {ref} についての立場は未記録</translation>
        </message>
        <message>
            <source>{party} on {ref}: {stance}</source>
            <translation>{party} の {ref} についての立場: {stance}</translation>
        </message>
    </context>
    <context>
        <name>TrackForm</name>
        <message>
            <source>Edit track</source>
            <translation>交渉トラックを編集</translation>
        </message>
        <message>
            <source>New track</source>
            <translation>新しい交渉トラック</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>参照番号</translation>
        </message>
        <message>
            <source>Short name, e.g. MOU</source>
            <translation>略称（例: MOU）</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>表題</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>memorandum, roadmap, action plan…</source>
            <translation>覚書、ロードマップ、行動計画…</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>目標期日</translation>
        </message>
        <message>
            <source>Has a target</source>
            <translation>目標あり</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>当事者</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Give the track a short reference.</source>
            <translation>交渉トラックに短い参照名を付けてください。</translation>
        </message>
        <message>
            <source>Give the track a title.</source>
            <translation>交渉トラックに表題を付けてください。</translation>
        </message>
        <message>
            <source>A negotiation needs at least two parties.</source>
            <translation>交渉には少なくとも2つの当事者が必要です。</translation>
        </message>
        <message>
            <source>Add track {ref}</source>
            <translation>交渉トラック {ref} を追加</translation>
        </message>
        <message>
            <source>Edit track {ref}</source>
            <translation>交渉トラック {ref} を編集</translation>
        </message>
    </context>
    <context>
        <name>TracksModel</name>
        <message>
            <source>Ref</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>表題</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>当事者</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>目標期日</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>会合</translation>
        </message>
        <message>
            <source>✓ concluded</source>
            <translation>✓ 妥結</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>目標なし</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>残り %n 日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) past</source>
            <translation>
                <numerusform>%n 日超過</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TracksView</name>
        <message>
            <source>New track…</source>
            <translation>新しいトラック…</translation>
        </message>
        <message>
            <source>Add a track (Record menu, Ctrl+Shift+T)</source>
            <translation>交渉トラックを追加（記録メニュー、Ctrl+Shift+T）</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Edit the selected track (Enter or F2)</source>
            <translation>選択したトラックを編集（Enter または F2）</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>dd MMMM yyyy</source>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>未設定</translation>
        </message>
        <message>
            <source>Target date:</source>
            <translation>目標期日:</translation>
        </message>
        <message>
            <source>Parties:</source>
            <translation>当事者:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>種類:</translation>
        </message>
        <message>
            <source>Show on the dashboard</source>
            <translation>ダッシュボードに表示</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>drafted</source>
            <translation>起草</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>提案</translation>
        </message>
        <message>
            <source>under negotiation</source>
            <translation>交渉中</translation>
        </message>
        <message>
            <source>bracketed</source>
            <translation>角括弧付き</translation>
        </message>
        <message>
            <source>agreed ad referendum</source>
            <translation>ad referendum 合意</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>合意</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>supports</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>accepts with amendments</source>
            <translation>修正付きで受入れ</translation>
        </message>
        <message>
            <source>reserves</source>
            <translation>留保</translation>
        </message>
        <message>
            <source>opposes</source>
            <translation>反対</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>立場なし</translation>
        </message>
        <message>
            <source>joint projects</source>
            <translation>共同プロジェクト</translation>
        </message>
        <message>
            <source>price support</source>
            <translation>価格支持</translation>
        </message>
        <message>
            <source>market protection</source>
            <translation>市場保護</translation>
        </message>
        <message>
            <source>export-restriction exemptions</source>
            <translation>輸出制限の適用除外</translation>
        </message>
        <message>
            <source>R&amp;D and innovation</source>
            <translation>研究開発・イノベーション</translation>
        </message>
        <message>
            <source>stockpiling</source>
            <translation>備蓄</translation>
        </message>
        <message>
            <source>response group</source>
            <translation>対応グループ</translation>
        </message>
        <message>
            <source>other</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>open</source>
            <translation>未着手</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>順調</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>危険</translation>
        </message>
        <message>
            <source>met</source>
            <translation>履行済み</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>未履行</translation>
        </message>
        <message>
            <source>objects</source>
            <translation>異議</translation>
        </message>
        <message>
            <source>proposes wording</source>
            <translation>文言を提案</translation>
        </message>
        <message>
            <source>asks for time</source>
            <translation>時間を要請</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>声明</translation>
        </message>
        <message>
            <source>round</source>
            <translation>交渉会合</translation>
        </message>
        <message>
            <source>clause</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>interim</source>
            <translation>中間</translation>
        </message>
        <message>
            <source>final</source>
            <translation>最終</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>内部用</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>共有用</translation>
        </message>
    </context>
    <context>
        <name>Word</name>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track} 第{number}回交渉会合（{date}）</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>記録なし</translation>
        </message>
        <message>
            <source>Proposed by {proposer}; supported by {supporters}; objected to by {objectors}.</source>
            <translation>提案：{proposer}／支持：{supporters}／反対：{objectors}。</translation>
        </message>
        <message>
            <source>INTERNAL — {notes}</source>
            <translation>内部限り — {notes}</translation>
        </message>
        <message>
            <source>{label} ({round}): {text}</source>
            <translation>{label}（{round}）：{text}</translation>
        </message>
        <message>
            <source>no round</source>
            <translation>交渉会合なし</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>レッドライン</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>代替案</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>内部メモ</translation>
        </message>
        <message>
            <source>Changes from {earlier} to {later}, as tracked changes</source>
            <translation>{earlier}から{later}への変更（変更履歴）</translation>
        </message>
        <message>
            <source>Negotiating text as of {round}</source>
            <translation>交渉テキスト（{round}時点）</translation>
        </message>
        <message>
            <source>Negotiating text</source>
            <translation>交渉テキスト</translation>
        </message>
        <message>
            <source>Parties: {parties}.</source>
            <translation>当事者：{parties}。</translation>
        </message>
        <message>
            <source>Text in [square brackets], highlighted, is not agreed.</source>
            <translation>[角括弧]内の強調表示された文言は未合意です。</translation>
        </message>
        <message>
            <source>INTERNAL: the comments carry who proposed, supports and objects to each bracket, and our red lines and fallbacks. Do not send this file to other delegations.</source>
            <translation>内部限り：コメントには各角括弧の提案者・支持者・反対者と、当方のレッドラインおよび代替案が記載されています。このファイルを他の代表団に送付しないでください。</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>{page} / {pages} ページ</translation>
        </message>
        <message>
            <source>{track} — {title}: negotiating text</source>
            <translation>{track} — {title}：交渉テキスト</translation>
        </message>
        <message>
            <source>Written by {producer}</source>
            <translation>{producer} で作成</translation>
        </message>
    </context>
    <context>
        <name>WordExportDialog</name>
        <message>
            <source>Show the &amp;changes from round</source>
            <translation>会合間の変更を表示(&amp;C)</translation>
        </message>
        <message>
            <source>to round</source>
            <translation>→</translation>
        </message>
        <message>
            <source>T&amp;rack</source>
            <translation>交渉トラック(&amp;R)</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Choose an earlier round first, then a later one (nothing was written).</source>
            <translation>先に前の会合、次に後の会合を選んでください(何も書き出していません)。</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>Page &amp;P of &amp;N</source>
            <translation>&amp;P / &amp;N ページ</translation>
        </message>
        <message>
            <source>{log} — summary of {date}</source>
            <translation>{log} — {date}のサマリー</translation>
        </message>
        <message>
            <source>Internal copies: Owner (Clauses) and Our owner (Commitments) take a member's initials from the roster (empty: nobody); on the Comments sheet change a comment's Text or a thread's Resolved, or add a comment in a new row (see the notes on its headers).</source>
            <translation>内部用：担当者（条項）と当方担当者（コミットメント）には名簿のメンバーのイニシャルを入力します（空欄：なし）。コメントシートではコメントの本文またはスレッドの解決済みを変更するか、新しい行にコメントを追加できます（見出しのメモを参照）。</translation>
        </message>
        <message>
            <source>A new comment: what it is on: clause, bracket, commitment, round or track.</source>
            <translation>新しいコメント：対象の種類（条項、角括弧、コミットメント、会合、交渉トラック）。</translation>
        </message>
        <message>
            <source>A new comment: which record, written as on the other sheets: a clause as TRACK REF (MOU Art. 5); a bracket as TRACK REF#N (the N-th open bracket: MOU Art. 5#1); a round as TRACK RN (MOU R2); a commitment by the start of its text (or its Record id); a track by its ref (MOU).</source>
            <translation>新しいコメント：対象のレコード。他のシートと同じ書き方です。条項は「トラック 参照」（MOU Art. 5）、角括弧は「トラック 参照#N」（N 番目の未解決の角括弧：MOU Art. 5#1）、会合は「トラック RN」（MOU R2）、コミットメントは本文の冒頭（またはレコードID）、交渉トラックはその参照（MOU）。</translation>
        </message>
        <message>
            <source>A reply: the thread's number (#3) instead of On and Target. Empty: a new thread.</source>
            <translation>返信：対象種別と対象の代わりにスレッド番号（#3）。空欄：新しいスレッド。</translation>
        </message>
        <message>
            <source>Initials from the delegation roster (empty: no author).</source>
            <translation>代表団名簿のイニシャル（空欄：作成者なし）。</translation>
        </message>
        <message>
            <source>Filled in on import when empty (or a date and time: 2026-02-10 14:30).</source>
            <translation>空欄ならインポート時に入力されます（または日時：2026-02-10 14:30）。</translation>
        </message>
        <message>
            <source>internal (the default) or shareable (may be printed for counterparts).</source>
            <translation>内部（既定）または共有可（相手方向けに印刷できます）。</translation>
        </message>
        <message>
            <source>yes or no, on a thread's first row (a reply's yes resolves its thread).</source>
            <translation>はい または いいえ。スレッドの最初の行に入力します（返信の「はい」でスレッドが解決済みになります）。</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>ログ</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>代表団</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>発行日</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>公開範囲</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>取扱区分</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>交渉トラック一覧</translation>
        </message>
        <message>
            <source>How to edit</source>
            <translation>編集方法</translation>
        </message>
        <message>
            <source>Text in cells</source>
            <translation>セル内のテキスト</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>Import tag</source>
            <translation>インポートタグ</translation>
        </message>
        <message>
            <source>internal (our delegation only)</source>
            <translation>内部（当代表団のみ）</translation>
        </message>
        <message>
            <source>shareable (may go to counterparts)</source>
            <translation>共有可（相手方に渡してよい）</translation>
        </message>
        <message>
            <source>Change only the columns with a green header: {status} ({clauses}); {positions} ({positions_sheet}); {state} ({commitments}). Sorting and filtering are fine. Send the file back for import: other edits are refused, and rows changed in the log since this date are listed as conflicts, not applied.</source>
            <translation>緑の見出しの列だけを変更してください：{status}（{clauses}）、{positions}（{positions_sheet}）、{state}（{commitments}）。並べ替えと絞り込みは問題ありません。インポートのためにファイルを返送してください。その他の変更は拒否され、この日付以降にログで変更された行は競合として一覧表示され、適用されません。</translation>
        </message>
        <message>
            <source>Text that begins with = + - or @ is plain text, never a formula. Control characters are shown as symbols (NUL as ␀, vertical tab as ␋, form feed as ␌). Texts longer than Excel's 32,767-character limit are cut and say so. The Change log sheet shows the newest 10,000 entries; Summary and Change log are not read back on import. Rows and Import tag tie this file to the log that wrote it: an import checks them, so leave them as they are.</source>
            <translation>= + - または @ で始まるテキストは常にテキストであり、数式にはなりません。制御文字は記号で表示されます（NUL は ␀、垂直タブは ␋、改ページは ␌）。Excel の上限 32,767 文字を超えるテキストは切り詰められ、その旨が表示されます。変更履歴シートには最新の 10,000 件が表示されます。サマリーと変更履歴はインポート時に読み込まれません。行数とインポートタグはこのファイルを作成元のログに結び付けます。インポート時に検証されるため、変更しないでください。</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first}、{last}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>all tracks</source>
            <translation>全交渉トラック</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>目標日</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>次の期限</translation>
        </message>
        <message>
            <source>Overdue commitments</source>
            <translation>期限超過のコミットメント</translation>
        </message>
        <message>
            <source>Clauses by topic</source>
            <translation>テーマ別の条項</translation>
        </message>
        <message>
            <source>MineralsDesk — Excel summary</source>
            <translation>MineralsDesk — Excel サマリー</translation>
        </message>
        <message>
            <source>Stance {party}</source>
            <translation>{party}の立場</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>サマリー</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>立場</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>交渉会合</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>コミットメント</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>評価</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>コメント</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>変更履歴</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>レコードID</translation>
        </message>
        <message>
            <source>Row version</source>
            <translation>行バージョン</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>検証</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>参照</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>鉱物</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>ステータス</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Our owner</source>
            <translation>当方担当者</translation>
        </message>
        <message>
            <source>Open brackets</source>
            <translation>未解決の角括弧</translation>
        </message>
        <message>
            <source>Last changed round</source>
            <translation>最終変更会合</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>現行テキスト</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>レッドライン</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>代替案</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>内部メモ</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>条項番号</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>当事者</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>会合</translation>
        </message>
        <message>
            <source>Round date</source>
            <translation>会合日</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>立場表明</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>ビデオ会議</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参加者</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>成果</translation>
        </message>
        <message>
            <source>Illustrative</source>
            <translation>例示</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>コミットメント内容</translation>
        </message>
        <message>
            <source>Source kind</source>
            <translation>出典の種類</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Anchor</source>
            <translation>起算点</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>超過日数</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>スコア</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>根拠</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>日時 (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>実行者</translation>
        </message>
        <message>
            <source>Record kind</source>
            <translation>レコード種別</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>レコード</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>フィールド</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>変更前</translation>
        </message>
        <message>
            <source>New</source>
            <translation>変更後</translation>
        </message>
        <message>
            <source>Thread</source>
            <translation>スレッド</translation>
        </message>
        <message>
            <source>On</source>
            <translation>対象種別</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作成者</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>本文</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>解決済み</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>内部</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>共有可</translation>
        </message>
        <message>
            <source>track</source>
            <translation>交渉トラック</translation>
        </message>
        <message>
            <source>round</source>
            <translation>会合</translation>
        </message>
        <message>
            <source>clause</source>
            <translation>条項</translation>
        </message>
        <message>
            <source>bracket</source>
            <translation>角括弧</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>コミットメント</translation>
        </message>
        <message>
            <source>{column} value</source>
            <translation>{column}の値</translation>
        </message>
        <message>
            <source>Pick a value for {column} from the list.</source>
            <translation>{column}の値を一覧から選んでください。</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>An unexpected error stopped the work ({kind}). Details were written to {where}.</source>
            <translation>予期しないエラーで処理が止まりました({kind})。詳細は {where} に記録されました。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>{title} failed</source>
            <translation>{title}に失敗しました</translation>
        </message>
    </context>
    <context>
        <name>XlsxImportDialog</name>
        <message>
            <source>Import Excel</source>
            <translation>Excel の取り込み</translation>
        </message>
        <message>
            <source>Choose the workbook a colleague sent back.</source>
            <translation>同僚から返送されたブックを選んでください。</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>レコード</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>現在</translation>
        </message>
        <message>
            <source>Workbook says</source>
            <translation>ブックの値</translation>
        </message>
        <message>
            <source>Choose workbook…</source>
            <translation>ブックを選択…</translation>
        </message>
        <message>
            <source>Apply changes</source>
            <translation>変更を適用</translation>
        </message>
        <message>
            <source>{name} is password-protected. Its password:</source>
            <translation>{name} はパスワードで保護されています。パスワード:</translation>
        </message>
        <message>
            <source>Reading the workbook</source>
            <translation>ブックを読み込み中</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more change(s), not listed here</source>
            <translation>
                <numerusform>… ほか %n 件の変更（ここには表示していません）</numerusform>
            </translation>
        </message>
        <message>
            <source>Not applied: {line}</source>
            <translation>未適用: {line}</translation>
        </message>
        <message numerus="yes">
            <source>Missing from {sheet}: %n row(s) of the export, not deleted from the log (delete records in the app)</source>
            <translation>
                <numerusform>{sheet} からエクスポートの %n 行が削除されています。ログからは削除されません（記録の削除はアプリで行ってください）</numerusform>
            </translation>
        </message>
        <message>
            <source>1 change to apply</source>
            <translation>適用する変更 1 件</translation>
        </message>
        <message>
            <source>{n} changes to apply</source>
            <translation>適用する変更 {n} 件</translation>
        </message>
        <message>
            <source>nothing to change</source>
            <translation>変更なし</translation>
        </message>
        <message>
            <source>, {n} conflict(s) left alone</source>
            <translation>、競合 {n} 件はそのまま</translation>
        </message>
        <message>
            <source>. Nothing has been written yet.</source>
            <translation>。まだ何も書き込まれていません。</translation>
        </message>
        <message>
            <source>Apply 1 change</source>
            <translation>変更 1 件を適用</translation>
        </message>
        <message>
            <source>Apply {n} changes</source>
            <translation>変更 {n} 件を適用</translation>
        </message>
        <message>
            <source>Importing the workbook</source>
            <translation>ブックを取り込み中</translation>
        </message>
        <message>
            <source>{n} change(s) applied from {file}.</source>
            <translation>{file} から変更 {n} 件を適用しました。</translation>
        </message>
        <message>
            <source>A backup was taken first (File &gt; Restore…). The undo history was cleared.</source>
            <translation>先にバックアップを作成しました(ファイル &gt; 復元…)。元に戻す履歴は消去されました。</translation>
        </message>
        <message>
            <source>status</source>
            <translation>ステータス</translation>
        </message>
        <message>
            <source>stance</source>
            <translation>立場</translation>
        </message>
        <message>
            <source>note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>red line</source>
            <translation>レッドライン</translation>
        </message>
        <message>
            <source>fallback</source>
            <translation>代替案</translation>
        </message>
        <message>
            <source>internal note</source>
            <translation>内部メモ</translation>
        </message>
        <message>
            <source>state</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>担当</translation>
        </message>
    </context>
</TS>