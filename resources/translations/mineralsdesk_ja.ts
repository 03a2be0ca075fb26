<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <name>Calendar</name>
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
        <name>Placeholder</name>
        <message>
            <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;This screen is not available in this build.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;この画面はこのビルドでは利用できません。&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</translation>
        </message>
    </context>
</TS>