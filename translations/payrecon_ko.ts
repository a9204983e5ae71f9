<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AlertOutbox</name>
    <message>
        <location filename="../app/core/alerts/alertoutbox.cpp" line="+148"/>
        <location line="+8"/>
        <source>Cannot record alerts in the store: %1</source>
        <translation>알림을 저장소에 기록할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Cannot update the alert outbox: %1</source>
        <translation>알림 전송 대기함을 업데이트할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>AlertRulesDialog</name>
    <message>
        <location filename="../ui/alerts/alertrulesdialog.cpp" line="+49"/>
        <source>&amp;High value: an approval of at least</source>
        <translation>고액 결제(&amp;H): 다음 금액 이상의 승인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Velocity: this many approvals</source>
        <translation>단시간 반복 결제(&amp;V): 승인 횟수</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Quick cancel: a cancellation within</source>
        <translation>승인 직후 취소(&amp;Q): 승인 후 취소까지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Off-hours: an approval of at least</source>
        <translation>심야 시간대(&amp;O): 다음 금액 이상의 승인</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>:00</source>
        <translation>시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utlier: an approval of at least</source>
        <translation>이상 금액(&amp;U): 다음 배수 이상의 승인</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alert Rules</source>
        <translation>알림 규칙</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on the same card</source>
        <translation>같은 카드 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by the same customer</source>
        <translation>같은 고객 기준</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> ×</source>
        <translation>배</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://discord.com/api/webhooks/…</source>
        <translation>https://discord.com/api/webhooks/…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rules (an alert names every rule that fired)</source>
        <translation>규칙 (알림에는 해당된 모든 규칙이 표시됩니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>within</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of an approval of at least</source>
        <translation>대상 승인 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and</source>
        <translation>~</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Korea time)</source>
        <translation>(한국 시간)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the customer&apos;s usual amount, after</source>
        <translation>(고객의 평소 금액 대비), 최소 이력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approvals</source>
        <translation>건</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the ledger &amp;every:</source>
        <translation>원장 확인 주기(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discord &amp;webhook:</source>
        <translation>Discord 웹후크(&amp;W):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The webhook comes from PAYRECON_DISCORD_WEBHOOK and cannot be changed here.</source>
        <translation>웹후크는 PAYRECON_DISCORD_WEBHOOK에서 가져오므로 여기에서 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the field empty to keep the current webhook. It is stored in the system keychain, never in the settings file or the logs.</source>
        <translation>현재 웹후크를 유지하려면 이 칸을 비워 두십시오. 웹후크는 시스템 키체인에 저장되며 설정 파일이나 로그에는 기록되지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the field empty to keep the current webhook. It is stored in the settings file, readable by you only, and never written to the logs.</source>
        <translation>현재 웹후크를 유지하려면 비워 두십시오. 웹후크는 본인만 읽을 수 있는 설정 파일에 저장되며 로그에는 기록되지 않습니다.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
</context>
<context>
    <name>AlertSettings</name>
    <message>
        <location filename="../app/core/alerts/alertsettings.cpp" line="+114"/>
        <source>Alert thresholds must be at least ₩1.</source>
        <translation>알림 기준 금액은 ₩1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The velocity rule needs at least 2 approvals within at least 1 minute.</source>
        <translation>단시간 반복 결제 규칙에는 승인 2건 이상과 1분 이상의 시간 범위가 필요합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quick-cancel window must be at least 1 minute.</source>
        <translation>승인 직후 취소의 판단 시간은 1분 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off-hours must be whole hours from 0 to 24.</source>
        <translation>심야 시간대는 0에서 24 사이의 정시로 지정해야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outlier factor must be at least 1 and the history at least 1 approval.</source>
        <translation>이상 금액 배수는 1 이상, 비교할 이력은 승인 1건 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll interval must be at least 0.1 seconds.</source>
        <translation>폴링 간격은 0.1초 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll batch size must be at least 1 and the warm-up rows at least 0.</source>
        <translation>폴링 배치 크기는 1 이상, 워밍업 행 수는 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The monitored table and id column must be plain SQL names (letters, digits, _).</source>
        <translation>모니터링할 테이블과 ID 열은 일반 SQL 이름(영문자, 숫자, _)이어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The monitor query must select rows with the id column greater than :after.</source>
        <translation>모니터링 쿼리는 ID 열이 :after보다 큰 행을 선택해야 합니다.</translation>
    </message>
</context>
<context>
    <name>AlertsDock</name>
    <message>
        <location filename="../ui/alerts/alertsdock.cpp" line="+21"/>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+75"/>
        <location line="+41"/>
        <source>The alert monitor is off.</source>
        <translation>알림 모니터링이 꺼져 있습니다.</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+73"/>
        <source>&amp;Start monitor</source>
        <translation>모니터링 시작(&amp;S)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 at %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Stop monitor</source>
        <translation>모니터링 중지(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the alert monitor (webhook %1)…</source>
        <translation>알림 모니터링을 시작하는 중입니다(웹후크 %1)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>설정되지 않음</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Starting: waiting for the ledger…</source>
        <translation>시작 중: 원장의 응답을 기다리는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watching the ledger for new payments.</source>
        <translation>원장의 새 결제를 모니터링하고 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ledger is unreachable; retrying: %1</source>
        <translation>원장에 연결할 수 없어 다시 시도합니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alert monitor cannot run: %1</source>
        <translation>알림 모니터링을 실행할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../ui/models/alertsmodel.cpp" line="+113"/>
        <source>Pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending: %1</source>
        <translation>대기: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>전송됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>거래 시각</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merchant</source>
        <translation>가맹점</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction ID</source>
        <translation>거래 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <location filename="../app/core/resolve/auditcsv.cpp" line="+11"/>
        <source>Entry</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (KST)</source>
        <translation>시각(KST)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>미결 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>일괄 번호</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undoes batch</source>
        <translation>취소한 일괄 번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason code</source>
        <translation>사유 코드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State before</source>
        <translation>이전 상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State after</source>
        <translation>이후 상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain hash</source>
        <translation>체인 해시</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../ui/resolution/auditdialog.cpp" line="+40"/>
        <source>Audit Trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From</source>
        <translation>시작일(&amp;F)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Operator:</source>
        <translation>담당자(&amp;O):</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>Any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Action:</source>
        <translation>작업(&amp;A):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Run:</source>
        <translation>대사 실행(&amp;R):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;pply</source>
        <translation>적용(&amp;P)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Verify Trail</source>
        <translation>기록 검증(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recompute every entry&apos;s hash chain to prove that no entry was altered or removed.</source>
        <translation>모든 항목의 해시 체인을 다시 계산하여 변경되거나 삭제된 항목이 없음을 확인합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Audit Trail</source>
        <translation>감사 기록 내보내기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Exported %n entry(ies) to %1.</source>
        <translation>
            <numerusform>%n건을 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: %1</source>
        <translation>내보내기에 실패했습니다: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying…</source>
        <translation>검증 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit trail is intact: no entry was altered or removed.</source>
        <translation>감사 기록이 온전합니다. 변경되거나 삭제된 항목이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail is not intact: %1</source>
        <translation>감사 기록이 온전하지 않습니다: %1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../ui/models/auditmodel.cpp" line="+41"/>
        <source>Run recorded</source>
        <translation>대사 실행 기록</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched late</source>
        <translation>지연 대사 완료</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Before: %1
After: %2</source>
        <translation>변경 전: %1
변경 후: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time (KST)</source>
        <translation>시각(KST)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>대사 실행</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason code</source>
        <translation>사유 코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>작업 묶음</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../app/core/resolve/audittrail.cpp" line="+188"/>
        <source>Store %1: %2</source>
        <translation>저장소 %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit trail of %1 was altered at entry %2.</source>
        <translation>%1의 감사 기록이 항목 %2에서 변경되었습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit trail of %1 ends at entry %2 but its head says %3: entries were removed.</source>
        <translation>%1의 감사 기록은 항목 %2에서 끝나지만 헤드는 %3을(를) 가리킵니다. 항목이 삭제되었습니다.</translation>
    </message>
</context>
<context>
    <name>ControlTotalCheck</name>
    <message>
        <location filename="../app/core/import/controltotalcheck.cpp" line="+18"/>
        <source>%1 approvals</source>
        <translation>승인 %1건</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cancellations</source>
        <translation>취소 %1건</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows</source>
        <translation>%1건</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: no line starting with &quot;%2&quot; among the last %3 line(s), where the profile expects the control total: the file may be truncated, or its footer is not what the profile says.</source>
        <translation>%1: 프로필이 합계 행을 기대하는 마지막 %3개 행 중에 &quot;%2&quot;(으)로 시작하는 행이 없습니다. 파일이 잘렸거나 꼬리말이 프로필과 다릅니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the profile looks for the control total under the column &quot;%2&quot;, which the header lacks.</source>
        <translation>%1: 프로필은 합계를 &quot;%2&quot; 열에서 찾지만 머리글에 그 열이 없습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: line %2: the control total&apos;s count in column %3 is not a number: &quot;%4&quot;.</source>
        <translation>%1: %2행: 합계 행의 %3번째 열에 있는 건수가 숫자가 아닙니다: &quot;%4&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: line %2: the control total&apos;s amount in column %3 is not a won amount: &quot;%4&quot;.</source>
        <translation>%1: %2행: 합계 행의 %3번째 열에 있는 금액이 원 단위 금액이 아닙니다: &quot;%4&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: line %2: the control total agrees with the file: %3, %4.</source>
        <translation>%1: %2행: 합계가 파일 내용과 일치합니다: %3, %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: line %2: the control total&apos;s count agrees with the file (%3); its amount (%4) cannot be checked because %5 rejected row(s) have no readable amount.</source>
        <translation>%1: %2행: 합계의 건수는 파일 내용과 일치합니다(%3). 거부된 행 %5건의 금액을 읽을 수 없어 합계 금액(%4)은 확인할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: line %2: the control total says %3 and %4, but the file holds %5 and %6.</source>
        <translation>%1: %2행: 합계는 %3, %4이지만 파일에는 %5, %6이 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: line %2: the control total says %3 and %4, but the file holds %5 (the amount cannot be checked because %6 rejected row(s) have no readable amount).</source>
        <translation>%1: %2행: 합계는 %3, %4이지만 파일에는 %5이 있습니다(거부된 행 %6건의 금액을 읽을 수 없어 금액은 확인할 수 없습니다).</translation>
    </message>
</context>
<context>
    <name>CredentialPolicy</name>
    <message>
        <location filename="../app/core/store/credentialpolicy.cpp" line="+56"/>
        <source>The Elasticsearch credentials are kept for this session only: %1</source>
        <translation>Elasticsearch 인증 정보는 이번 세션에만 보관됩니다: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No keychain is available to keep the team store password; set PAYRECON_STORE_PASSWORD before the next start.</source>
        <translation>팀 저장소 비밀번호를 보관할 키체인이 없습니다. 다음 시작 전에 PAYRECON_STORE_PASSWORD를 설정하십시오.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The team store settings are saved.</source>
        <translation>팀 저장소 설정을 저장했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store is saved: %1. This window keeps using %2 until PayRecon is started again; the outboxes, alerts and open items switch together at the next start.</source>
        <translation>저장소를 저장했습니다: %1. 이 창은 PayRecon을 다시 시작할 때까지 %2을(를) 계속 사용합니다. 전송 대기함, 알림, 미처리 항목은 다음 시작 때 함께 전환됩니다.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../app/core/import/csvimporter.cpp" line="+218"/>
        <source>a quote opened in this column (byte %1 of the line) is not closed by the end of the line; the line is read on its own (the profile has no multi-line fields)</source>
        <translation>이 열에서 열린 따옴표(행의 %1번째 바이트)가 행 끝까지 닫히지 않았습니다. 이 행만 따로 읽었습니다(프로필에 여러 줄 필드가 없음)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a NUL byte at byte %1 of the line: a binary or damaged file</source>
        <translation>행의 %1번째 바이트가 NUL입니다: 바이너리 파일이거나 손상된 파일입니다</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the line is %1 bytes long, more than the profile allows (max_line_bytes %2); only its start is shown</source>
        <translation>행의 길이가 %1바이트로 프로필이 허용하는 길이(max_line_bytes %2)보다 깁니다. 앞부분만 표시합니다</translation>
    </message>
    <message>
        <location line="+387"/>
        <source>%1: the file is UTF-16 (%2, with a byte-order mark); VAN files are read as UTF-8, CP949 or EUC-KR. Save it as UTF-8 or CP949 and import it again.</source>
        <translation>%1: 이 파일은 UTF-16(%2, 바이트 순서 표시 있음)입니다. VAN 파일은 UTF-8, CP949, EUC-KR로만 읽습니다. UTF-8 또는 CP949로 저장한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>little-endian</source>
        <translation>리틀 엔디언</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>big-endian</source>
        <translation>빅 엔디언</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1: the file looks like UTF-16 (%2, no byte-order mark: every other byte of its start is NUL); VAN files are read as UTF-8, CP949 or EUC-KR. Save it as UTF-8 or CP949 and import it again.</source>
        <translation>%1: 이 파일은 UTF-16(%2, 바이트 순서 표시 없음: 파일 앞부분의 바이트가 하나 걸러 NUL)으로 보입니다. VAN 파일은 UTF-8, CP949, EUC-KR로만 읽습니다. UTF-8 또는 CP949로 저장한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: line %2: the header line is %3 bytes long, more than the profile allows (max_line_bytes %4)</source>
        <translation>%1: %2행: 머리글 행의 길이가 %3바이트로 프로필이 허용하는 길이(max_line_bytes %4)보다 깁니다</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <location filename="../app/core/report/csvreport.cpp" line="+18"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate side</source>
        <translation>중복 위치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction ID</source>
        <translation>거래 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger amount</source>
        <translation>원장 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAN amount</source>
        <translation>VAN 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (VAN - ledger)</source>
        <translation>차액(VAN - 원장)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger approval no.</source>
        <translation>원장 승인번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAN approval no.</source>
        <translation>VAN 승인번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger time</source>
        <translation>원장 거래 일시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAN time</source>
        <translation>VAN 거래 일시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number (masked)</source>
        <translation>카드번호(마스킹)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card company</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant ID</source>
        <translation>가맹점 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant name</source>
        <translation>가맹점명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ID</source>
        <translation>고객 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>업종</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment months</source>
        <translation>할부 개월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger row</source>
        <translation>원장 행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAN line</source>
        <translation>VAN 행</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column number</source>
        <translation>열 번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../ui/charts/dashboardwidget.cpp" line="+86"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+177"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Matched</source>
        <translation>일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mismatched</source>
        <translation>불일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger only</source>
        <translation>원장에만 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAN only</source>
        <translation>VAN에만 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Records in hour %1</source>
        <translation>%1시 거래(원장·VAN)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reconciliation outcomes</source>
        <translation>대사 결과</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcomes</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 outcomes
Ledger %3
VAN %4</source>
        <translation>%1: 결과 %2건
원장 %3
VAN %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Records per hour</source>
        <translation>시간대별 건수</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ledger</source>
        <translation>원장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAN</source>
        <translation>VAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discrepancies</source>
        <translation>불일치</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hour %1
Ledger: %2 records, %3
VAN: %4 records, %5
Discrepancies: %6</source>
        <translation>%1시
원장: %2건, %3
VAN: %4건, %5
불일치: %6건</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ledger records in hour %1</source>
        <translation>%1시 원장 거래</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VAN records in hour %1</source>
        <translation>%1시 VAN 거래</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discrepancies in hour %1</source>
        <translation>%1시 불일치</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Verified spend by customer</source>
        <translation>고객별 확인 매출</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer %1
%2 verified payments, net %3</source>
        <translation>고객 %1
확인된 결제 %2건, 순액 %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified payments of customer %1</source>
        <translation>고객 %1의 확인된 결제</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Others</source>
        <translation>기타</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 other customers
%2 verified payments, net %3</source>
        <translation>기타 고객 %1명
확인된 결제 %2건, 순액 %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verified payments of customers outside the top %1</source>
        <translation>상위 %1명 외 고객의 확인된 결제</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verified spend by time of day</source>
        <translation>시간대별 확인 매출</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Net spend</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+51"/>
        <source>Million won</source>
        <translation>백만 원</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Hour %1
%2 verified payments, net %3</source>
        <translation>%1시
확인된 결제 %2건, 순액 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verified payments in hour %1</source>
        <translation>%1시 확인된 결제</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified spend by category</source>
        <translation>업종별 확인 매출</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+27"/>
        <source>%1
%2 verified payments, net %3</source>
        <translation>%1
확인된 결제 %2건, 순액 %3</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Verified payments in category %1</source>
        <translation>업종 %1의 확인된 결제</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified spend by card company</source>
        <translation>카드사별 확인 매출</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified payments with card company %1</source>
        <translation>카드사 %1의 확인된 결제</translation>
    </message>
</context>
<context>
    <name>DayCoverage</name>
    <message>
        <location filename="../app/core/reconcile/daycoverage.cpp" line="+56"/>
        <source>%1 to %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ledger returned no rows, while the VAN file holds %1 records of %2. Every one of them would be recorded as missing from the ledger.</source>
        <translation>원장에서 읽은 행이 없지만 VAN 파일에는 %2의 레코드가 %1건 있습니다. 이대로 기록하면 모든 레코드가 원장에 없는 것으로 기록됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ledger returned no rows for %1, while the VAN file holds %2 records of %3. Is the ledger range the day of the VAN file?</source>
        <translation>원장에서 %1의 행을 하나도 읽지 못했지만 VAN 파일에는 %3의 레코드가 %2건 있습니다. 원장 기간이 VAN 파일의 날짜와 맞습니까?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 of the VAN file&apos;s %2 records (%3 %) fall on days the ledger covers%4; the VAN file is of %5. Is the ledger range the day of the VAN file?</source>
        <translation>VAN 파일의 레코드 %2건 중 %1건(%3%)만 원장이 다루는 날짜%4에 속합니다. VAN 파일은 %5의 것입니다. 원장 기간이 VAN 파일의 날짜와 맞습니까?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 holds no records.</source>
        <translation>%1에 레코드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>DemoLedger</name>
    <message>
        <location filename="../app/core/ledger/demoledger.cpp" line="+81"/>
        <source>Cannot run &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+4"/>
        <source>Cannot prepare the INSERT: %1</source>
        <translation>INSERT 문을 준비할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot insert rows %1 to %2: %3</source>
        <translation>%1~%2행을 삽입할 수 없습니다: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot insert row %1: %2</source>
        <translation>%1행을 삽입할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot start a transaction: %1</source>
        <translation>트랜잭션을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot commit the inserted rows: %1</source>
        <translation>삽입한 행을 커밋할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot replace %1: the existing file cannot be deleted.</source>
        <translation>%1을(를) 바꿀 수 없습니다: 기존 파일을 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create %1: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+34"/>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <location filename="../ui/alerts/desktopnotifications.cpp" line="+123"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>DesktopShortcuts</name>
    <message>
        <location filename="../ui/window/desktopshortcuts.cpp" line="+15"/>
        <source>GNOME, KDE Plasma, Xfce, Cinnamon, MATE</source>
        <translation>GNOME, KDE Plasma, Xfce, Cinnamon, MATE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>KDE Plasma, Xfce, Cinnamon, MATE</source>
        <translation>KDE Plasma, Xfce, Cinnamon, MATE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock the screen</source>
        <translation>화면 잠금</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open a terminal</source>
        <translation>터미널 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xfce, MATE</source>
        <translation>Xfce, MATE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the desktop</source>
        <translation>바탕 화면 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <location line="+21"/>
        <location line="+14"/>
        <location line="+2"/>
        <source>Xfce</source>
        <translation>Xfce</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>open the file manager</source>
        <translation>파일 관리자 열기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kill a window, restart the shell or move to the panels</source>
        <translation>창 강제 종료, 셸 다시 시작 또는 패널로 이동</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+51"/>
        <source>GNOME, MATE</source>
        <translation>GNOME, MATE</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+13"/>
        <location line="+2"/>
        <source>move to the panels</source>
        <translation>패널로 이동</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+34"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>KDE Plasma</source>
        <translation>KDE Plasma</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>show the clipboard history</source>
        <translation>클립보드 기록 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run a clipboard action</source>
        <translation>클립보드 동작 실행</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switch clipboard actions on or off</source>
        <translation>클립보드 동작 켜기/끄기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>activate the window that asks for attention</source>
        <translation>주의를 요청하는 창 활성화</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>GNOME, Xfce, Cinnamon, MATE</source>
        <translation>GNOME, Xfce, Cinnamon, MATE</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>switch the workspace</source>
        <translation>작업 공간 전환</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>move the window to another workspace</source>
        <translation>창을 다른 작업 공간으로 이동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xfce, Cinnamon</source>
        <translation>Xfce, Cinnamon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move the window to another workspace or shut down</source>
        <translation>창을 다른 작업 공간으로 이동 또는 시스템 종료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GNOME, Cinnamon</source>
        <translation>GNOME, Cinnamon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the screen</source>
        <translation>화면 녹화</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>log out, restart or shut down without asking</source>
        <translation>확인 없이 로그아웃, 다시 시작 또는 시스템 종료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X11 sessions</source>
        <translation>X11 세션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end the session</source>
        <translation>세션 종료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KDE Plasma, Xfce</source>
        <translation>KDE Plasma, Xfce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the system activity or desktop menu</source>
        <translation>시스템 활동 또는 바탕 화면 메뉴 열기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open the task manager</source>
        <translation>작업 관리자 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>switch windows</source>
        <translation>창 전환</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>GNOME, KDE Plasma, Cinnamon</source>
        <translation>GNOME, KDE Plasma, Cinnamon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch windows of one application</source>
        <translation>같은 프로그램의 창 전환</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open the window menu or KRunner</source>
        <translation>창 메뉴 또는 KRunner 열기</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>add or remove a workspace</source>
        <translation>작업 공간 추가 또는 제거</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input methods (fcitx5, IBus)</source>
        <translation>입력기(fcitx5, IBus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch the input method</source>
        <translation>입력기 전환</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Korean input methods (ibus-hangul, nimf)</source>
        <translation>한국어 입력기(ibus-hangul, nimf)</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>switch between Hangul and English</source>
        <translation>한/영 전환</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>IBus</source>
        <translation>IBus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type a character by its Unicode code</source>
        <translation>유니코드 코드로 문자 입력</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Super (Windows key) combinations</source>
        <translation>Super(Windows 키) 조합</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take a screenshot</source>
        <translation>스크린샷 찍기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>media, volume and launch keys</source>
        <translation>미디어, 음량 및 실행 키</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>switch to a text console</source>
        <translation>텍스트 콘솔로 전환</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>window manager keys (menus, close, move, resize)</source>
        <translation>창 관리자 키(메뉴, 닫기, 이동, 크기 조절)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xfce, KDE Plasma</source>
        <translation>Xfce, KDE Plasma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch workspaces and window overviews</source>
        <translation>작업 공간 전환 및 창 개요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop-down terminals (Yakuake, Guake, Tilda)</source>
        <translation>드롭다운 터미널(Yakuake, Guake, Tilda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show or hide the terminal</source>
        <translation>터미널 보이기/숨기기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>global commands on Ctrl+Alt</source>
        <translation>Ctrl+Alt 조합의 전역 명령</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>switch the keyboard layout with Alt+Shift</source>
        <translation>Alt+Shift로 자판 배열 전환</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../ui/run/detailspane.cpp" line="+16"/>
        <source>Matched: both sides agree.</source>
        <translation>일치: 양쪽 내용이 같습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mismatched: the amount and the approval number differ.</source>
        <translation>불일치: 금액과 승인번호가 다릅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mismatched: the amount differs.</source>
        <translation>불일치: 금액이 다릅니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mismatched: the approval number differs.</source>
        <translation>불일치: 승인번호가 다릅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in the ledger: the VAN file has no such transaction.</source>
        <translation>원장에만 있음: VAN 파일에 해당 거래가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in the VAN file: the ledger has no such transaction.</source>
        <translation>VAN에만 있음: 원장에 해당 거래가 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate: the ledger holds this transaction more than once.</source>
        <translation>중복: 원장에 이 거래가 두 번 이상 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate: the VAN file holds this transaction more than once.</source>
        <translation>중복: VAN 파일에 이 거래가 두 번 이상 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate: both sides hold this transaction more than once.</source>
        <translation>중복: 양쪽 모두 이 거래가 두 번 이상 있습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancellation</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approval</source>
        <translation>승인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 won</source>
        <translation>%1원</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a row to compare its ledger and VAN values.</source>
        <translation>행을 선택하면 원장과 VAN 값을 비교합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transaction id</source>
        <translation>거래 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approval number</source>
        <translation>승인번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occurred at (Seoul)</source>
        <translation>거래 일시(서울)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card number</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card company</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merchant id</source>
        <translation>가맹점 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merchant name</source>
        <translation>가맹점명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer id</source>
        <translation>고객 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>업종</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installment months</source>
        <translation>할부 개월</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source line</source>
        <translation>원본 행</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transaction %1</source>
        <translation>거래 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledger</source>
        <translation>원장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAN file</source>
        <translation>VAN 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no record)</source>
        <translation>(기록 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≠ differs</source>
        <translation>≠ 다름</translation>
    </message>
</context>
<context>
    <name>DiscordDelivery</name>
    <message>
        <location filename="../app/core/alerts/discorddelivery.cpp" line="+133"/>
        <source>Cannot read the alert outbox: %1</source>
        <translation>알림 전송 대기함을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting %1 ms for Discord&apos;s rate limit.</source>
        <translation>Discord 속도 제한으로 %1ms 동안 기다립니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another PayRecon process (%1) is delivering the alerts</source>
        <translation>다른 PayRecon 프로세스(%1)가 알림을 전송하고 있습니다</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Discord says the webhook was deleted or is invalid (HTTP %1: %2). Alerts stay pending until the webhook is fixed.</source>
        <translation>Discord에서 웹후크가 삭제되었거나 올바르지 않다고 응답했습니다(HTTP %1: %2). 웹후크를 수정할 때까지 알림은 전송 대기 상태로 남습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no message</source>
        <translation>메시지 없음</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discord refused the alert (HTTP %1: %2)</source>
        <translation>Discord가 알림을 거부했습니다(HTTP %1: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discord answered HTTP %1</source>
        <translation>Discord 응답: HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error talking to Discord: %1</source>
        <translation>Discord와 통신하는 중 네트워크 오류: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1; retrying in %2 s.</source>
        <translation>%1. %2초 후 다시 시도합니다.</translation>
    </message>
</context>
<context>
    <name>DiscordEmbed</name>
    <message>
        <location filename="../app/core/alerts/discordembed.cpp" line="+82"/>
        <source>High value</source>
        <translation>고액 결제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velocity</source>
        <translation>단시간 반복 결제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick cancel</source>
        <translation>승인 직후 취소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off-hours</source>
        <translation>심야 시간대</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlier</source>
        <translation>이상 금액</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancellation</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>승인</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant</source>
        <translation>가맹점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (KST)</source>
        <translation>거래 일시(KST)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card company</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>거래 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PayRecon · ledger row %1 · %2</source>
        <translation>PayRecon · 원장 행 %1 · %2</translation>
    </message>
</context>
<context>
    <name>ElasticsearchDialog</name>
    <message>
        <location filename="../ui/publish/elasticsearchdialog.cpp" line="+48"/>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One or more nodes, tried in order when one cannot be reached.</source>
        <translation>노드를 하나 이상 입력합니다. 연결할 수 없는 노드가 있으면 순서대로 다음 노드를 시도합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User and password</source>
        <translation>사용자 및 비밀번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>id:key, or its base64 form</source>
        <translation>id:key 또는 그 base64 형식</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cluster&apos;s CA certificate (PEM), when it is not a public one</source>
        <translation>공인 CA가 아닌 경우 클러스터의 CA 인증서(PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA certificate file</source>
        <translation>CA 인증서 파일 선택</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Nodes:</source>
        <translation>노드(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>인증(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CA certificate:</source>
        <translation>CA 인증서(&amp;C):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verified index:</source>
        <translation>검증 인덱스(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mismatch log index:</source>
        <translation>불일치 로그 인덱스(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulk request up to:</source>
        <translation>벌크 요청 최대 크기:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and documents:</source>
        <translation>… 최대 문서 수:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS certificates are always verified. The password and the API key are saved in the system keychain, where payrecon-cli finds them too, and never in the settings file or the logs; PAYRECON_ES_PASSWORD and PAYRECON_ES_API_KEY still override them.</source>
        <translation>TLS 인증서는 항상 검증합니다. 비밀번호와 API 키는 시스템 키체인에 저장되어 payrecon-cli에서도 사용되며, 설정 파일이나 로그에는 기록되지 않습니다. PAYRECON_ES_PASSWORD와 PAYRECON_ES_API_KEY가 설정되어 있으면 그 값이 우선합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS certificates are always verified. The password and the API key are kept for this session only and never written to the settings file or the logs; for payrecon-cli and nightly jobs set PAYRECON_ES_PASSWORD or PAYRECON_ES_API_KEY.</source>
        <translation>TLS 인증서는 항상 검증합니다. 비밀번호와 API 키는 이 세션 동안에만 보관되며 설정 파일이나 로그에 기록되지 않습니다. payrecon-cli와 야간 작업에는 PAYRECON_ES_PASSWORD 또는 PAYRECON_ES_API_KEY를 설정하십시오.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These environment variables are set and override what you enter here: %1</source>
        <translation>다음 환경 변수가 설정되어 있어 여기에 입력한 값보다 우선합니다: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✔ Connected: %1</source>
        <translation>✔ 연결됨: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✖ Failed: %1</source>
        <translation>✖ 실패: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
</context>
<context>
    <name>EsClient</name>
    <message>
        <location filename="../app/core/publish/esclient.cpp" line="+54"/>
        <source>Elasticsearch %1, cluster &quot;%2&quot; (%3)</source>
        <translation>Elasticsearch %1, 클러스터 &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user %1 (realm %2)</source>
        <translation>사용자 %1 (영역 %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user may not create %1: an administrator must create missing indexes first.</source>
        <translation>이 사용자는 %1을(를) 만들 수 없습니다. 없는 인덱스는 관리자가 먼저 만들어야 합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 파일 %1에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no Elasticsearch URL configured</source>
        <translation>Elasticsearch URL이 설정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+100"/>
        <location filename="../app/core/publish/eshttpconnection.cpp" line="+349"/>
        <source>no answer within %1 s</source>
        <translation>%1초 안에 응답이 없습니다</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelled.</source>
        <translation>취소됨.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS failure with %1: %2. Is the cluster&apos;s CA certificate set (PAYRECON_ES_CA_FILE)?</source>
        <translation>%1과(와)의 TLS 연결 실패: %2. 클러스터의 CA 인증서(PAYRECON_ES_CA_FILE)를 설정했습니까?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Elasticsearch is unreachable at %1: %2</source>
        <translation>%1의 Elasticsearch에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 requires credentials (HTTP 401): set PAYRECON_ES_USER and PAYRECON_ES_PASSWORD, or PAYRECON_ES_API_KEY.</source>
        <translation>%1에 인증 정보가 필요합니다(HTTP 401): PAYRECON_ES_USER와 PAYRECON_ES_PASSWORD 또는 PAYRECON_ES_API_KEY를 설정하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong credentials for %1 (HTTP 401: %2).</source>
        <translation>%1의 인증 정보가 올바르지 않습니다(HTTP 401: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user may not %1 on %2 (HTTP 403, no privilege: %3).</source>
        <translation>사용자에게 %2에서 %1을(를) 실행할 권한이 없습니다(HTTP 403, 권한 없음: %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered %2 to %3: %4</source>
        <translation>%1이(가) %3 요청에 HTTP %2 응답을 보냈습니다: %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not Elasticsearch: its answer to GET / has no tagline or version number.</source>
        <translation>%1은(는) Elasticsearch가 아닙니다: GET / 응답에 tagline이나 버전 번호가 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 claims Elasticsearch %2 but lacks the X-elastic-product header: not a genuine Elasticsearch.</source>
        <translation>%1은(는) Elasticsearch %2라고 응답했지만 X-elastic-product 헤더가 없습니다: 정식 Elasticsearch가 아닙니다.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The user %1 lacks index privileges on %2: %3. Grant a role with write and view_index_metadata (and create_index, unless the indexes are created beforehand) on these indexes.</source>
        <translation>사용자 %1에게 %2의 인덱스 권한이 없습니다: %3. 이 인덱스들에 write와 view_index_metadata(인덱스를 미리 만들지 않는다면 create_index도) 권한이 있는 역할을 부여하십시오.</translation>
    </message>
    <message>
        <location filename="../app/core/publish/eshttpconnection.cpp" line="+4"/>
        <source>malformed HTTP answer</source>
        <translation>잘못된 형식의 HTTP 응답</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the connection was closed</source>
        <translation>연결이 닫혔습니다</translation>
    </message>
</context>
<context>
    <name>EsConfig</name>
    <message>
        <location filename="../app/core/publish/esconfig.cpp" line="+113"/>
        <source>No Elasticsearch URL: set PAYRECON_ES_URL (for example https://es.internal:9200).</source>
        <translation>Elasticsearch URL이 없습니다: PAYRECON_ES_URL을 설정하십시오(예: https://es.internal:9200).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an http:// or https:// Elasticsearch URL.</source>
        <translation>&quot;%1&quot;은(는) http:// 또는 https:// Elasticsearch URL이 아닙니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>CA 인증서 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1 has no password: set PAYRECON_ES_PASSWORD (or use PAYRECON_ES_API_KEY).</source>
        <translation>사용자 %1의 비밀번호가 없습니다: PAYRECON_ES_PASSWORD를 설정하십시오(또는 PAYRECON_ES_API_KEY 사용).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The verified and mismatch index names must differ.</source>
        <translation>검증 인덱스와 불일치 로그 인덱스의 이름은 서로 달라야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid index name.</source>
        <translation>&quot;%1&quot;은(는) 올바른 인덱스 이름이 아닙니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bulk limits must be at least 1 KiB and 1 document.</source>
        <translation>벌크 한도는 1 KiB 이상, 문서 1건 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>API key ****</source>
        <translation>API 키 ****</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user %1, password %2</source>
        <translation>사용자 %1, 비밀번호 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no credentials</source>
        <translation>인증 정보 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system CAs</source>
        <translation>시스템 CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file %1</source>
        <translation>CA 파일 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2; %3; indexes %4, %5)</source>
        <translation>%1 (%2; %3; 인덱스 %4, %5)</translation>
    </message>
</context>
<context>
    <name>EsIndexBootstrap</name>
    <message>
        <location filename="../app/core/publish/esindexbootstrap.cpp" line="+115"/>
        <source>%1 is %2, expected %3</source>
        <translation>%1의 유형이 %2입니다(필요한 유형: %3)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Elasticsearch is unreachable at %1: %2</source>
        <translation>%1의 Elasticsearch에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot prepare index %1 on %2: %3</source>
        <translation>%2에서 인덱스 %1을(를) 준비할 수 없습니다: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the user may neither create the index nor read its mapping; assuming it exists</source>
        <translation>%1: 사용자에게 인덱스 생성 권한도 매핑 읽기 권한도 없습니다. 인덱스가 있다고 가정합니다</translation>
    </message>
</context>
<context>
    <name>EsOutbox</name>
    <message>
        <location filename="../app/core/publish/esoutbox.cpp" line="+125"/>
        <source>Outbox in %1: %2</source>
        <translation>%1의 전송 대기함: %2</translation>
    </message>
</context>
<context>
    <name>EsPublisher</name>
    <message>
        <location filename="../app/core/publish/espublisher.cpp" line="+198"/>
        <source>The outbox could not record the results.</source>
        <translation>전송 대기함에 결과를 기록하지 못했습니다.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>TLS failure with %1: %2</source>
        <translation>%1과(와)의 TLS 연결 실패: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 unreachable: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1이(가) HTTP %2 응답을 보냈습니다: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 refused the bulk request (HTTP %2): %3</source>
        <translation>%1이(가) 벌크 요청을 거부했습니다(HTTP %2): %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 answered the bulk request with %2 items for %3 sent</source>
        <translation>%1이(가) 보낸 항목 %3건에 대해 벌크 응답 항목 %2건을 돌려주었습니다</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>bulk answer out of order</source>
        <translation>벌크 응답의 순서가 맞지 않습니다</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The server kept refusing %1 documents: %2</source>
        <translation>서버가 문서 %1건을 계속 거부했습니다: %2</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../ui/report/exportcontroller.cpp" line="+46"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exporting %1…</source>
        <translation>%1(으)로 내보내는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일은 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n행을 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the report %1…</source>
        <translation>보고서 %1을(를) 작성하는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report cancelled; no file was written.</source>
        <translation>보고서 작성을 취소했습니다. 파일은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Report failed</source>
        <translation>보고서 작성 실패</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <source>Wrote the %n-page report %1.</source>
        <translation>
            <numerusform>%n쪽 분량의 보고서 %1을(를) 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preparing the report…</source>
        <translation>보고서를 준비하는 중…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reconciliation report</source>
        <translation>대사 보고서</translation>
    </message>
</context>
<context>
    <name>HighValueRule</name>
    <message>
        <location filename="../app/core/alerts/highvaluerule.cpp" line="+11"/>
        <source>High value</source>
        <translation>고액 결제</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>₩%1 is at or above the high-value threshold of ₩%2.</source>
        <translation>₩%1은(는) 고액 기준 금액 ₩%2 이상입니다.</translation>
    </message>
</context>
<context>
    <name>ItemStates</name>
    <message>
        <location filename="../app/core/resolve/itemstate.cpp" line="+56"/>
        <source>Open</source>
        <translation>미처리</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Pending investigation</source>
        <translation>조사 중</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Accepted ledger value</source>
        <translation>원장 값 인정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted VAN value</source>
        <translation>VAN 값 인정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation>손실 처리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paired manually</source>
        <translation>수동 연결</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched late</source>
        <translation>지연 일치</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Accept ledger value</source>
        <translation>원장 값 인정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept VAN value</source>
        <translation>VAN 값 인정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write off</source>
        <translation>손실 처리</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pair manually</source>
        <translation>수동 연결</translation>
    </message>
</context>
<context>
    <name>ItemsCsv</name>
    <message>
        <location filename="../app/core/resolve/itemscsv.cpp" line="+10"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>처리 상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction ID</source>
        <translation>거래 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>대사 결과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ledger amount</source>
        <translation>원장 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAN amount</source>
        <translation>VAN 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (VAN - ledger)</source>
        <translation>차액(VAN - 원장)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger approval number</source>
        <translation>원장 승인번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAN approval number</source>
        <translation>VAN 승인번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (KST)</source>
        <translation>거래 일시(KST)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merchant</source>
        <translation>가맹점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card (masked)</source>
        <translation>카드번호(마스킹)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason code</source>
        <translation>사유 코드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated by</source>
        <translation>처리자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated at (KST)</source>
        <translation>처리 시각(KST)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired item</source>
        <translation>연결 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by run</source>
        <translation>종결한 실행</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <location filename="../ui/window/keyboardshortcuts.cpp" line="+95"/>
        <source>%1 is a sequence of keys; a shortcut is one key combination.</source>
        <translation>%1: 여러 키를 차례로 누르는 순서입니다. 단축키는 키 조합 하나여야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 would be typed as text: a shortcut needs Ctrl or Alt, or a function key.</source>
        <translation>%1: 글자로 입력되는 키입니다. 단축키에는 Ctrl이나 Alt, 또는 기능 키가 필요합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 belongs to the desktop (%2), so the window would never see it. Choose another combination.</source>
        <translation>%1 조합은 데스크톱이 사용하므로(%2) 창에 전달되지 않습니다. 다른 조합을 고르십시오.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already the shortcut of “%2”.</source>
        <translation>%1 조합은 이미 “%2”의 단축키입니다.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../app/secrets/keychainsecretstore.cpp" line="+64"/>
        <source>The keychain is not available while PayRecon quits.</source>
        <translation>PayRecon이 종료되는 중에는 키체인을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>키체인이 %1초 안에 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../ui/import/ledgerdialog.cpp" line="+21"/>
        <source>SQLite file</source>
        <translation>SQLite 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MySQL / MariaDB server</source>
        <translation>MySQL / MariaDB 서버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the ledger</source>
        <translation>원장 선택</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mysql://user@host:3306/database</source>
        <translation>mysql://user@host:3306/database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in memory only: never saved, never put in the URL.</source>
        <translation>메모리에만 보관됩니다: 저장되지 않으며 URL에도 들어가지 않습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose the SQLite ledger</source>
        <translation>SQLite 원장 선택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite 데이터베이스 (*.db *.sqlite *.sqlite3);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter a ledger first.</source>
        <translation>먼저 원장을 입력하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Success: %1</source>
        <translation>성공: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>LedgerMonitor</name>
    <message>
        <location filename="../app/core/alerts/ledgermonitor.cpp" line="+83"/>
        <source>No Discord webhook is configured: alerts are recorded but not sent.</source>
        <translation>Discord 웹후크가 설정되지 않았습니다: 알림은 기록되지만 전송되지 않습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connecting to %1; polling every %2 s.</source>
        <translation>%1에 연결하는 중입니다. %2초마다 폴링합니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Monitoring stopped.</source>
        <translation>모니터링을 중지했습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — retrying in %2 s (attempt %3).</source>
        <translation>%1 — %2초 후 다시 시도합니다(%3번째 시도).</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Connected to the ledger again; monitoring resumed after id %1.</source>
        <translation>원장에 다시 연결되었습니다. ID %1 이후부터 모니터링을 재개했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring the ledger after id %1.</source>
        <translation>원장에서 ID %1 이후의 행을 모니터링합니다.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The monitor cannot start.</source>
        <translation>모니터링을 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>LedgerPoller</name>
    <message>
        <location filename="../app/core/alerts/ledgerpoller.cpp" line="+149"/>
        <source>Cannot read the highest %1 of %2 in the ledger %3: %4</source>
        <translation>원장 %3의 %2 테이블에서 %1 최댓값을 읽을 수 없습니다: %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The monitor query cannot be prepared on %1: %2</source>
        <translation>%1에서 모니터링 쿼리를 준비할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Polling the ledger %1 failed: %2</source>
        <translation>원장 %1을(를) 폴링하지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The monitor query must return the columns %1, transaction_id, amount and occurred_at.</source>
        <translation>모니터링 쿼리는 %1, transaction_id, amount, occurred_at 열을 반환해야 합니다.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reading the ledger %1 failed: %2</source>
        <translation>원장 %1을(를) 읽지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>LedgerUrl</name>
    <message>
        <location filename="../app/core/ledger/ledgerurl.cpp" line="+29"/>
        <source>The MySQL ledger URL names no database: use mysql://user@host:port/database.</source>
        <translation>MySQL 원장 URL에 데이터베이스가 없습니다: mysql://user@host:port/database 형식을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The MySQL ledger URL names no single database: use mysql://user@host:port/database.</source>
        <translation>MySQL 원장 URL에 단일 데이터베이스가 지정되지 않았습니다: mysql://user@host:port/database 형식을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>The MySQL ledger URL names no user: use mysql://user@host:port/database.</source>
        <translation>MySQL 원장 URL에 사용자가 없습니다: mysql://user@host:port/database 형식을 사용하십시오.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The ledger URL must not contain a password. Set the environment variable PAYRECON_LEDGER_PASSWORD instead, so the password stays out of shell history and logs.</source>
        <translation>원장 URL에 비밀번호를 넣으면 안 됩니다. 대신 환경 변수 PAYRECON_LEDGER_PASSWORD를 설정하여 비밀번호가 셸 기록과 로그에 남지 않게 하십시오.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The MySQL ledger URL has an unterminated IPv6 address.</source>
        <translation>MySQL 원장 URL의 IPv6 주소가 닫히지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MySQL ledger URL has text after the IPv6 address.</source>
        <translation>MySQL 원장 URL의 IPv6 주소 뒤에 다른 텍스트가 있습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The MySQL ledger URL names no host: use mysql://user@host:port/database.</source>
        <translation>MySQL 원장 URL에 호스트가 없습니다: mysql://user@host:port/database 형식을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The MySQL ledger URL has an invalid port &quot;%1&quot;.</source>
        <translation>MySQL 원장 URL의 포트 &quot;%1&quot;이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The MySQL ledger URL has an unknown option &quot;%1&quot;; only socket= is known.</source>
        <translation>MySQL 원장 URL에 알 수 없는 옵션 &quot;%1&quot;이(가) 있습니다. socket= 옵션만 지원합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The socket= option of the ledger URL needs an absolute path.</source>
        <translation>원장 URL의 socket= 옵션에는 절대 경로가 필요합니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The SQLite ledger URL names no file: use sqlite:///absolute/path.db.</source>
        <translation>SQLite 원장 URL에 파일이 없습니다: sqlite:///absolute/path.db 형식을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown ledger URL &quot;%1&quot;: use sqlite:///path/ledger.db or mysql://user@host:port/database.</source>
        <translation>알 수 없는 원장 URL &quot;%1&quot;: sqlite:///path/ledger.db 또는 mysql://user@host:port/database 형식을 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../app/core/store/localstore.cpp" line="+31"/>
        <source>Store %1: %2 (statement: %3)</source>
        <translation>저장소 %1: %2 (SQL 문: %3)</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Cannot create the store folder %1</source>
        <translation>저장소 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+36"/>
        <source>Cannot open the store %1: %2</source>
        <translation>저장소 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Store %1: &quot;%2&quot; has schema version %3, newer than this PayRecon understands (%4). Update PayRecon.</source>
        <translation>저장소 %1: &quot;%2&quot;의 스키마 버전 %3은(는) 이 PayRecon이 지원하는 버전(%4)보다 새롭습니다. PayRecon을 업데이트하십시오.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Store %1: the location must not contain a password. Save it in Settings → Team store (the keychain), with payrecon-cli config set-secret store/password, or in PAYRECON_STORE_PASSWORD.</source>
        <translation>저장소 %1: 위치에 비밀번호를 넣으면 안 됩니다. 설정 → 팀 저장소(키체인), payrecon-cli config set-secret store/password 또는 PAYRECON_STORE_PASSWORD에 저장하십시오.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+132"/>
        <location line="+47"/>
        <source>Store %1: %2</source>
        <translation>저장소 %1: %2</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Store %1: another PayRecon has held the schema lock for a minute; try again.</source>
        <translation>저장소 %1: 다른 PayRecon이 1분 동안 스키마 잠금을 잡고 있습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/window/mainactions.cpp" line="+40"/>
        <source>Open &amp;demo</source>
        <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconcile the built-in demo ledger and VAN file.</source>
        <translation>내장 데모 원장과 VAN 파일을 대사합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;ledger…</source>
        <translation>원장 선택(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open VAN file…</source>
        <translation>VAN 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reconcile</source>
        <translation>대사 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid with focus, as filtered and sorted, as CSV for Excel.</source>
        <translation>포커스가 있는 표를 현재 필터와 정렬 그대로 Excel용 CSV로 저장합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF report…</source>
        <translation>PDF 보고서 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the reconciliation report to sign and file: summary, charts, discrepancies and approval lines.</source>
        <translation>결재하고 보관할 대사 보고서를 저장합니다: 요약, 차트, 불일치 내역, 결재란.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int report…</source>
        <translation>보고서 인쇄(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview and print the reconciliation report.</source>
        <translation>대사 보고서를 미리 보고 인쇄합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish to Elasticsearch</source>
        <translation>Elasticsearch에 게시(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the verified rows and the mismatch log of this run to Elasticsearch.</source>
        <translation>이번 대사의 검증된 행과 불일치 로그를 Elasticsearch로 보냅니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy rows</source>
        <translation>행 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alerts Panel</source>
        <translation>알림 패널(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit &amp;Trail…</source>
        <translation>감사 기록(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Watch for Alerts</source>
        <translation>알림 모니터링(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert &amp;Rules…</source>
        <translation>알림 규칙(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Elasticsearch…</source>
        <translation>Elasticsearch(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team Store…</source>
        <translation>팀 저장소(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason &amp;Codes…</source>
        <translation>사유 코드(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Getting Started</source>
        <translation>시작하기(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Log Folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>키보드 단축키(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See every shortcut and change them.</source>
        <translation>모든 단축키를 보고 바꿉니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About PayRecon</source>
        <translation>PayRecon 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open items tab</source>
        <translation>미처리 항목 탭</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About PayRecon</source>
        <translation>PayRecon 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;PayRecon %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reconciles a card merchant&apos;s ledger against the VAN company&apos;s settlement file.&lt;/p&gt;&lt;p&gt;Logs: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PayRecon %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;카드 가맹점의 원장을 VAN사의 정산 파일과 대사합니다.&lt;/p&gt;&lt;p&gt;로그: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new language applies the next time PayRecon starts.</source>
        <translation>새 언어는 PayRecon을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anywhere in the window</source>
        <translation>창 어디서나</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A result grid</source>
        <translation>결과 표</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="+83"/>
        <source>PayRecon</source>
        <translation>PayRecon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reconciliation</source>
        <translation>대사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected rows</source>
        <translation>거부된 행</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open items</source>
        <translation>미처리 항목</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No reconciliation yet.</source>
        <translation>아직 대사하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Elasticsearch outbox: documents waiting, acknowledged by the server, and rejected by it.</source>
        <translation>Elasticsearch 전송 대기함: 대기 중인 문서, 서버가 수신을 확인한 문서, 서버가 거부한 문서의 수입니다.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>PayRecon keeps watching</source>
        <translation>PayRecon이 계속 모니터링합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alert monitor keeps running in the tray. Use Quit in the tray menu to stop it.</source>
        <translation>알림 모니터링은 트레이에서 계속 실행됩니다. 중지하려면 트레이 메뉴의 종료를 사용하십시오.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Created the demo dataset in %1.</source>
        <translation>%1에 데모 데이터를 만들었습니다.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Cannot reconcile</source>
        <translation>대사할 수 없습니다</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rejected rows (%1)</source>
        <translation>거부된 행 (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reconciliation failed: %1</source>
        <translation>대사 실패: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation failed</source>
        <translation>대사 실패</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: still showing the previous reconciliation.</source>
        <translation>취소됨: 이전 대사 결과를 계속 표시합니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled.</source>
        <translation>취소됨.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ledger and %2 VAN records: %3 matched, %4 discrepancies, %5 rejected rows. Net: ledger %6 won, VAN %7 won. (load %8 ms, match %9 ms)</source>
        <translation>원장 %1건, VAN %2건: 일치 %3건, 불일치 %4건, 거부된 행 %5건. 순액: 원장 %6원, VAN %7원. (불러오기 %8ms, 대사 %9ms)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+29"/>
        <source>Reconcile first: there is nothing to export yet.</source>
        <translation>먼저 대사를 실행하십시오: 아직 내보낼 내용이 없습니다.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched</source>
        <translation>일치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discrepancies</source>
        <translation>불일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel용 CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The grid shows no rows to export.</source>
        <translation>표에 내보낼 행이 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export PDF report</source>
        <translation>PDF 보고서 내보내기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconcile first: there is nothing to print yet.</source>
        <translation>먼저 대사를 실행하십시오. 아직 인쇄할 내용이 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print report</source>
        <translation>보고서 인쇄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report lists %1 discrepancies. The print preview draws every page and may keep the window busy for a minute; Export PDF report does the same work in the background. Show the preview anyway?</source>
        <translation>보고서에 불일치 건이 %1건 있습니다. 인쇄 미리 보기는 모든 쪽을 그리므로 창이 1분 정도 응답하지 않을 수 있습니다. PDF 보고서 내보내기는 같은 작업을 백그라운드에서 처리합니다. 그래도 미리 보기를 표시하시겠습니까?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record this reconciliation?</source>
        <translation>이 대사 결과를 기록할까요?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run is shown either way. Recorded, its discrepancies become open items.</source>
        <translation>결과는 어느 쪽이든 화면에 표시됩니다. 기록하면 불일치가 미처리 항목이 됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record anyway</source>
        <translation>그래도 기록</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not record</source>
        <translation>기록하지 않음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This reconciliation was not recorded.</source>
        <translation>이 대사 결과는 기록되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../app/core/store/memorysecretstore.cpp" line="+8"/>
        <source>No keychain service is available.</source>
        <translation>사용할 수 있는 키체인 서비스가 없습니다.</translation>
    </message>
</context>
<context>
    <name>OffHoursRule</name>
    <message>
        <location filename="../app/core/alerts/offhoursrule.cpp" line="+14"/>
        <source>Off-hours</source>
        <translation>심야 시간대</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>₩%1 at %2 KST, between %3:00 and %4:00.</source>
        <translation>₩%1, %2 KST에 결제되었습니다(%3:00~%4:00 사이).</translation>
    </message>
</context>
<context>
    <name>OpenItemsModel</name>
    <message>
        <location filename="../ui/models/openitemsmodel.cpp" line="+131"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Matched late: run %1 brought the counterpart of this item from run %2.</source>
        <translation>지연 대사 완료: 대사 실행 %2의 이 항목과 짝이 되는 거래가 대사 실행 %1에서 들어왔습니다.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>State</source>
        <translation>처리 상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction ID</source>
        <translation>거래 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discrepancy</source>
        <translation>불일치 내용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger amount</source>
        <translation>원장 금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAN amount</source>
        <translation>VAN 금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>차액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval no.</source>
        <translation>승인번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (KST)</source>
        <translation>거래 일시(KST)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merchant</source>
        <translation>가맹점</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason code</source>
        <translation>사유 코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated by</source>
        <translation>변경한 담당자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated at (KST)</source>
        <translation>변경 일시(KST)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>대사 실행</translation>
    </message>
</context>
<context>
    <name>OpenItemsPanel</name>
    <message>
        <location filename="../ui/resolution/openitemspanel.cpp" line="+57"/>
        <source>Resolution</source>
        <translation>처리</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept &amp;Ledger Value</source>
        <translation>원장 값 인정(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept &amp;VAN Value</source>
        <translation>VAN 값 인정(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write Off</source>
        <translation>손실 처리(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending &amp;Investigation</source>
        <translation>조사 중(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pair Manually</source>
        <translation>수동 연결(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo Last Action</source>
        <translation>마지막 작업 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ledger&apos;s amount and approval number are right (counts as verified).</source>
        <translation>원장의 금액과 승인번호가 맞습니다(검증된 것으로 집계).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VAN file&apos;s amount and approval number are right (counts as verified).</source>
        <translation>VAN 파일의 금액과 승인번호가 맞습니다(검증된 것으로 집계).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without a counterpart, e.g. a test payment (not verified).</source>
        <translation>짝이 되는 거래 없이 종결합니다. 예: 테스트 결제(검증되지 않음).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone is looking into it; it stays open for the next runs.</source>
        <translation>담당자가 확인 중이며, 다음 대사 실행에서도 미처리 항목으로 남습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link one ledger-only item with one VAN-only item, e.g. a mistyped transaction ID.</source>
        <translation>원장에만 있는 항목 하나와 VAN에만 있는 항목 하나를 연결합니다. 예: 거래 ID 오타.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open items of every run</source>
        <translation>모든 대사 실행의 미처리 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item of the latest run</source>
        <translation>최근 대사 실행의 모든 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item of every run</source>
        <translation>모든 대사 실행의 모든 항목</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>P&amp;air with Suggestion…</source>
        <translation>제안 항목과 연결(&amp;A)…</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The resolution store cannot be opened: %1</source>
        <translation>처리 내역 저장소를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store: %1 · Operator: %2</source>
        <translation>저장소: %1 · 담당자: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Run %1 stored: %n item(s) matched late against earlier runs.</source>
        <translation>
            <numerusform>대사 실행 %1을(를) 저장했습니다. 이전 대사 실행의 항목 %n건이 늦게 도착한 거래와 대사되었습니다(지연 대사 완료).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Run %1 stored with %n discrepancy item(s).</source>
        <translation>
            <numerusform>대사 실행 %1을(를) 불일치 항목 %n건과 함께 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Select the items to resolve first.</source>
        <translation>먼저 처리할 항목을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Transaction IDs: %1</source>
        <translation>거래 ID: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Undone: %n item(s) restored.</source>
        <translation>
            <numerusform>실행을 취소했습니다. 항목 %n건을 되돌렸습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Resolved %n item(s).</source>
        <translation>
            <numerusform>항목 %n건을 처리했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 The list has been reloaded.</source>
        <translation>%1 목록을 다시 불러왔습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed by someone else</source>
        <translation>다른 담당자가 변경함</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot resolve</source>
        <translation>처리할 수 없음</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select one open ledger-only item to see the VAN items it may be.</source>
        <translation>원장에만 있는 미처리 항목 하나를 선택하면 같은 거래로 보이는 VAN 항목을 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for VAN items that may be transaction %1…</source>
        <translation>거래 %1과(와) 같은 거래로 보이는 VAN 항목을 찾는 중…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2 · %3 · card %4</source>
        <translation>%1 · %2 · %3 · 카드 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · approval no. %3 · %4 · card %5</source>
        <translation>%1 · %2 · 승인번호 %3 · %4 · 카드 %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No VAN item looks like transaction %1.</source>
        <translation>거래 %1과(와) 같은 거래로 보이는 VAN 항목이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAN items that may be transaction %1, likeliest first:</source>
        <translation>거래 %1과(와) 같은 거래로 보이는 VAN 항목(가능성이 높은 순):</translation>
    </message>
</context>
<context>
    <name>OutlierRule</name>
    <message>
        <location filename="../app/core/alerts/outlierrule.cpp" line="+14"/>
        <source>Outlier</source>
        <translation>이상 금액</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>₩%1 is %2 times this customer&apos;s median of ₩%3 over the last %n approvals.</source>
        <translation>
            <numerusform>₩%1은(는) 이 고객의 최근 승인 %n건 중앙값 ₩%3의 %2배입니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../ui/models/previewmodel.cpp" line="+107"/>
        <source>A footer (totals) line: the import skips it.</source>
        <translation>바닥글(합계) 행: 가져올 때 건너뜁니다.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Line %1 of the file: a footer line, skipped</source>
        <translation>파일의 %1행: 바닥글 행이므로 건너뜀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1 of the file</source>
        <translation>파일의 %1행</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column %1</source>
        <translation>%1열</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1: not read</source>
        <translation>%1열: 읽지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column %1: read as %2</source>
        <translation>%1열: %2(으)로 읽음</translation>
    </message>
</context>
<context>
    <name>ProfileCheck</name>
    <message>
        <location filename="../app/core/import/profilecheck.cpp" line="+34"/>
        <source>column %1 (%2)</source>
        <translation>%1열(%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column %1</source>
        <translation>%1열</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transaction ID</source>
        <translation>거래 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (approval or cancellation)</source>
        <translation>구분(승인/취소)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval number</source>
        <translation>승인번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>거래 일시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>거래 일자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>거래 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card company</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant ID</source>
        <translation>가맹점 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant name</source>
        <translation>가맹점명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ID</source>
        <translation>고객 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>업종</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment months</source>
        <translation>할부 개월</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The time zone &quot;%1&quot; is unknown; use an IANA name such as Asia/Seoul.</source>
        <translation>알 수 없는 시간대 &quot;%1&quot;입니다. Asia/Seoul 같은 IANA 이름을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Map a column to &quot;%1&quot;: every record needs one.</source>
        <translation>&quot;%1&quot;에 열을 매핑하십시오: 모든 거래에 필요한 항목입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Map a column to &quot;%1&quot;, or to &quot;%2&quot; (and &quot;%3&quot; when the time is in a column of its own).</source>
        <translation>&quot;%1&quot; 또는 &quot;%2&quot;에 열을 매핑하십시오(시각이 별도 열에 있으면 &quot;%3&quot;도 매핑).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map either &quot;%1&quot; or &quot;%2&quot;, not both: a record has one date.</source>
        <translation>&quot;%1&quot;과(와) &quot;%2&quot; 중 하나만 매핑하십시오: 거래 하나에는 날짜가 하나뿐입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is read only together with &quot;%2&quot;; it is ignored as mapped now.</source>
        <translation>&quot;%1&quot;은(는) &quot;%2&quot;과(와) 함께 매핑할 때만 읽습니다. 지금 매핑으로는 무시됩니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is mapped to column %2, but the file has only %3 columns.</source>
        <translation>&quot;%1&quot;이(가) %2열에 매핑되어 있지만 파일에는 열이 %3개뿐입니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is mapped to the header name &quot;%2&quot;, but the file has no header line: map it by column number.</source>
        <translation>&quot;%1&quot;이(가) 머리글 이름 &quot;%2&quot;에 매핑되어 있지만 파일에 머리글 행이 없습니다: 열 번호로 매핑하십시오.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The header on line %1 has no column &quot;%2&quot; (mapped to &quot;%3&quot;). The header has: %4.</source>
        <translation>%1행의 머리글에 &quot;%2&quot; 열이 없습니다(&quot;%3&quot;에 매핑됨). 머리글의 열: %4.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 all read %2.</source>
        <translation>%1 항목을 모두 %2에서 읽습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1, column %2 has bytes that are not valid %3: %4. Choose the file&apos;s encoding.</source>
        <translation>%1행 %2열에 올바른 %3이(가) 아닌 바이트가 있습니다: %4. 파일의 인코딩을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the format of &quot;%1&quot; (for example %2).</source>
        <translation>&quot;%1&quot;의 형식을 입력하십시오(예: %2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The preview shows no data rows below the header.</source>
        <translation>미리 보기에 머리글 아래의 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Line %1, %2</source>
        <translation>%1행, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1 has %2 fields, but the header has %3.</source>
        <translation>%1행의 필드는 %2개이지만 머리글의 필드는 %3개입니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the transaction ID is empty.</source>
        <translation>%1: 거래 ID가 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the kind &quot;%2&quot; is not among the kind spellings; add it as an approval or a cancellation.</source>
        <translation>%1: 구분 값 &quot;%2&quot;이(가) 구분 표기에 없습니다. 승인 표기나 취소 표기에 추가하십시오.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; is not a won amount (a whole number, optionally with a sign, thousands separators and 원).</source>
        <translation>%1: &quot;%2&quot;은(는) 원 단위 금액이 아닙니다(정수여야 하며 부호, 천 단위 구분 기호, 원은 붙여도 됩니다).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the amount %2 is negative on a row marked as an approval.</source>
        <translation>%1: 승인으로 표시된 행의 금액 %2이(가) 음수입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the amount %2 is negative. Turn on &quot;a negative amount is a cancellation&quot; or map the kind column.</source>
        <translation>%1: 금액 %2이(가) 음수입니다. &quot;음수 금액은 취소로 처리&quot;를 켜거나 구분 열을 매핑하십시오.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &quot;%2&quot; does not match the date and time format %3.</source>
        <translation>%1: &quot;%2&quot;이(가) 일시 형식 %3과(와) 맞지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; does not match the date format %3.</source>
        <translation>%1: &quot;%2&quot;이(가) 일자 형식 %3과(와) 맞지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: &quot;%2&quot; does not match the time format %3.</source>
        <translation>%1: &quot;%2&quot;이(가) 시각 형식 %3과(와) 맞지 않습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a number of installment months (0 to 99, or 일시불).</source>
        <translation>%1: &quot;%2&quot;은(는) 할부 개월 수가 아닙니다(0~99 또는 일시불).</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n more row(s) of the preview have the same problem.</source>
        <translation>
            <numerusform>미리 보기의 다른 %n행에도 같은 문제가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import will reject such rows and list them.</source>
        <translation>가져오기에서는 이런 행을 거부하고 목록에 표시합니다.</translation>
    </message>
</context>
<context>
    <name>ProfileLibrary</name>
    <message>
        <location filename="../app/core/import/profilelibrary.cpp" line="+46"/>
        <source>Enter a name for the profile.</source>
        <translation>프로필 이름을 입력하십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name cannot start or end with a space.</source>
        <translation>프로필 이름은 공백으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name can have at most 64 characters.</source>
        <translation>프로필 이름은 최대 64자입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile name cannot contain %1.</source>
        <translation>프로필 이름에는 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control characters</source>
        <translation>제어 문자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name cannot start with a dot.</source>
        <translation>프로필 이름은 마침표(.)로 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a built-in profile; choose another name.</source>
        <translation>&quot;%1&quot;은(는) 내장 프로필입니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The profile cannot be saved: %1</source>
        <translation>프로필을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <location filename="../ui/publish/publishcontroller.cpp" line="+28"/>
        <source>Elasticsearch: %1 pending · %2 published · %3 failed</source>
        <translation>Elasticsearch: 대기 %1건 · 게시 %2건 · 실패 %3건</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Already publishing.</source>
        <translation>이미 게시 중입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing to Elasticsearch…</source>
        <translation>Elasticsearch에 게시하는 중…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publishing to Elasticsearch: %1 of %2 documents…</source>
        <translation>Elasticsearch에 게시하는 중: 문서 %2건 중 %1건…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
</context>
<context>
    <name>PublishJob</name>
    <message>
        <location filename="../app/core/publish/publishjob.cpp" line="+53"/>
        <source>Cancelled; nothing was queued.</source>
        <translation>취소되었습니다. 전송 대기함에 추가된 문서는 없습니다.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Nothing was published: the existing index mapping conflicts (%1). Fix the mapping or configure other index names.</source>
        <translation>게시된 문서가 없습니다: 기존 인덱스 매핑과 충돌합니다(%1). 매핑을 수정하거나 다른 인덱스 이름을 설정하십시오.</translation>
    </message>
</context>
<context>
    <name>PublishWorker</name>
    <message>
        <location filename="../ui/publish/publishworker.cpp" line="+24"/>
        <source>Nothing was queued for Elasticsearch: %1</source>
        <translation>Elasticsearch 전송 대기함에 추가된 문서가 없습니다: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 queued: %2 documents, %3 of them new or changed.</source>
        <translation>대사 실행 %1을(를) 전송 대기함에 추가했습니다: 문서 %2건, 그중 신규 또는 변경 %3건.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved items were not queued: %1</source>
        <translation>처리된 항목을 전송 대기열에 넣지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 resolved items queued for the verified index.</source>
        <translation>처리된 항목 %1건을 검증 인덱스 전송 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 documents of undone resolutions queued for removal from the verified index.</source>
        <translation>되돌린 처리의 문서 %1건을 검증 인덱스에서 삭제하도록 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing did not start: %1</source>
        <translation>게시를 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documents stay in the outbox; publish again once this is fixed.</source>
        <translation>문서는 전송 대기함에 남아 있습니다. 문제를 해결한 뒤 다시 게시하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created the index %1.</source>
        <translation>인덱스 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published %1 documents; %2 rejected.</source>
        <translation>문서 %1건을 게시했습니다. %2건은 거부되었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: what was not acknowledged stays in the outbox.</source>
        <translation>취소됨: 서버가 수신을 확인하지 않은 문서는 전송 대기함에 남습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing stopped: %1</source>
        <translation>게시가 중단되었습니다: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected %1/%2: %3</source>
        <translation>거부됨 %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>QuickCancelRule</name>
    <message>
        <location filename="../app/core/alerts/quickcancelrule.cpp" line="+19"/>
        <source>Quick cancel</source>
        <translation>승인 직후 취소</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Cancelled %n minute(s) after a high-value approval of ₩%1.</source>
        <translation>
            <numerusform>₩%1 고액 승인 후 %n분 만에 취소되었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonCodes</name>
    <message>
        <location filename="../app/core/resolve/reasoncodes.cpp" line="+14"/>
        <source>Timing difference (settled on another day)</source>
        <translation>시점 차이 (다른 날 정산)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data entry error</source>
        <translation>입력 오류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial cancellation</source>
        <translation>부분 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee or discount deducted</source>
        <translation>수수료 또는 할인 차감</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate submission</source>
        <translation>중복 전송</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test payment</source>
        <translation>테스트 결제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (explained in the note)</source>
        <translation>기타 (메모에 설명)</translation>
    </message>
</context>
<context>
    <name>ReasonCodesDialog</name>
    <message>
        <location filename="../ui/resolution/reasoncodesdialog.cpp" line="+16"/>
        <source>Reason Codes</source>
        <translation>사유 코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One reason per line as CODE=Label. The code is stored with each resolution and exported; keep it short and stable. The label is what operators see.</source>
        <translation>한 줄에 사유 하나씩 코드=표시 이름 형식으로 입력합니다. 코드는 처리 내역마다 저장되고 내보내지므로 짧고 바뀌지 않게 정하십시오. 표시 이름은 담당자에게 보이는 문구입니다.</translation>
    </message>
</context>
<context>
    <name>ReconPdfWriter</name>
    <message>
        <location filename="../app/pdf/reconpdfwriter.cpp" line="+28"/>
        <source>Matched</source>
        <translation>일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mismatched</source>
        <translation>불일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger only</source>
        <translation>원장에만 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAN only</source>
        <translation>VAN에만 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>amount and approval no.</source>
        <translation>금액 및 승인번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval no.</source>
        <translation>승인번호</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the ledger</source>
        <translation>원장에서 중복</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the VAN file</source>
        <translation>VAN 파일에서 중복</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on both sides</source>
        <translation>양쪽 모두 중복</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 KST</source>
        <translation>%1 KST</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+190"/>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>PayRecon reconciliation report, %1 to %2</source>
        <translation>PayRecon 대사 보고서, %1 ~ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+576"/>
        <source>Card settlement reconciliation report</source>
        <translation>카드 정산 대사 보고서</translation>
    </message>
    <message>
        <location line="-570"/>
        <source>Control total failed: %1</source>
        <translation>합계 불일치: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stored</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+290"/>
        <source>Merchant</source>
        <translation>가맹점</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Period</source>
        <translation>대상 기간</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated at</source>
        <translation>작성 일시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>작업자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>대사 실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayRecon version</source>
        <translation>PayRecon 버전</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inputs</source>
        <translation>입력 자료</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+80"/>
        <location line="+75"/>
        <location line="+114"/>
        <source>Ledger</source>
        <translation>원장</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>VAN file</source>
        <translation>VAN 파일</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database. Records read: %1. Rows rejected: %2.</source>
        <translation>데이터베이스. 읽은 레코드: %1건. 거부된 행: %2건.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile %1. Records read: %2. Rows rejected: %3.</source>
        <translation>프로필 %1. 읽은 레코드: %2건. 거부된 행: %3건.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines: %1 = %2 title/header + %3 records + %4 rejected + %5 blank + %6 footer.</source>
        <translation>행: %1 = 제목/머리글 %2 + 레코드 %3 + 거부 %4 + 빈 행 %5 + 꼬리말 %6.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 not applicable: a database has no file hash.</source>
        <translation>SHA-256 해당 없음: 데이터베이스에는 파일 해시가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 unavailable: the file could not be read again.</source>
        <translation>SHA-256 없음: 파일을 다시 읽을 수 없었습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>amount differs</source>
        <translation>금액 불일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approval no. differs</source>
        <translation>승인번호 불일치</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected input rows</source>
        <translation>거부된 입력 행</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Records read</source>
        <translation>읽은 레코드</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Net total (approvals minus cancellations)</source>
        <translation>순액 합계(승인 - 취소)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference, VAN minus ledger</source>
        <translation>차액(VAN - 원장)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Outcome</source>
        <translation>대사 결과</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <location line="+113"/>
        <source>VAN</source>
        <translation>VAN</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Unmatched outcomes: %1 (%2 resolved, %3 open). Rejected input rows: %4.</source>
        <translation>불일치 건: %1건(처리 완료 %2건, 미처리 %3건). 거부된 입력 행: %4건.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outcomes by status</source>
        <translation>상태별 대사 결과</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rejected rows</source>
        <translation>거부된 행</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hourly volume in won (KST), ledger and VAN</source>
        <translation>시간대별 거래 금액(원, KST), 원장 및 VAN</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Open</source>
        <translation>미처리</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+139"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discrepancies (%1)</source>
        <translation>불일치 내역(%1건)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every record of the ledger matched one of the VAN file.</source>
        <translation>원장의 모든 레코드가 VAN 파일의 레코드와 일치했습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transaction</source>
        <translation>거래 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (KST)</source>
        <translation>거래 일시(KST)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approval no. ledger / VAN</source>
        <translation>승인번호 원장 / VAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution and note</source>
        <translation>처리 결과 및 메모</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Discrepancies (continued)</source>
        <translation>불일치 내역(계속)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approval</source>
        <translation>승인</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rejected input rows (%1)</source>
        <translation>거부된 입력 행(%1건)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every input row was read.</source>
        <translation>모든 입력 행을 읽었습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input rows that could not be read: %1. The first %2 are listed.</source>
        <translation>읽을 수 없었던 입력 행: %1건. 처음 %2건을 표시합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input rows that could not be read: %1. All are listed.</source>
        <translation>읽을 수 없었던 입력 행: %1건. 모두 표시합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rejected input rows (continued)</source>
        <translation>거부된 입력 행(계속)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>whole row</source>
        <translation>행 전체</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sign-off</source>
        <translation>결재</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By signing, I confirm that I have reviewed this reconciliation, the inputs listed with their hashes, and the resolution of every discrepancy.</source>
        <translation>본인은 서명함으로써 이 대사 결과, 해시와 함께 기재된 입력 자료, 모든 불일치 건의 처리 결과를 검토하였음을 확인합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared by</source>
        <translation>작성</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewed by</source>
        <translation>검토</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>승인</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The PDF report needs the graphical part of Qt, which this process did not start.</source>
        <translation>PDF 보고서를 만들려면 Qt의 그래픽 기능이 필요하지만, 이 프로세스에서는 시작되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No installed font can show Korean text, so the report cannot be written. Install the fonts-nanum package (or fonts-noto-cjk) and try again.</source>
        <translation>설치된 글꼴 중 한국어를 표시할 수 있는 글꼴이 없어 보고서를 작성할 수 없습니다. fonts-nanum 패키지(또는 fonts-noto-cjk)를 설치한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+18"/>
        <source>The report was cancelled.</source>
        <translation>보고서 작성이 취소되었습니다.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot start painting the report.</source>
        <translation>보고서 그리기를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ReconRowsModel</name>
    <message>
        <location filename="../ui/models/reconrowsmodel.cpp" line="+410"/>
        <source>Matched</source>
        <translation>일치</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount and approval no. differ</source>
        <translation>금액·승인번호 다름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval no. differs</source>
        <translation>승인번호 다름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount differs</source>
        <translation>금액 다름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger only</source>
        <translation>원장에만 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAN only</source>
        <translation>VAN에만 있음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate (ledger)</source>
        <translation>중복(원장)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate (VAN)</source>
        <translation>중복(VAN)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate (both)</source>
        <translation>중복(양쪽)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ledger %1 vs VAN %2; approval no. %3 vs %4</source>
        <translation>원장 %1 / VAN %2, 승인번호 %3 / %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approval no. ledger %1 vs VAN %2</source>
        <translation>승인번호 원장 %1 / VAN %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger %1 vs VAN %2</source>
        <translation>원장 %1 / VAN %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the ledger but not in the VAN file</source>
        <translation>원장에는 있으나 VAN 파일에 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the VAN file but not in the ledger</source>
        <translation>VAN 파일에는 있으나 원장에 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ledger holds this transaction more than once</source>
        <translation>원장에 이 거래가 두 번 이상 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAN file holds this transaction more than once</source>
        <translation>VAN 파일에 이 거래가 두 번 이상 있음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both sides hold this transaction more than once</source>
        <translation>양쪽 모두 이 거래가 두 번 이상 있음</translation>
    </message>
    <message>
        <location filename="../ui/models/openitemsmodel.cpp" line="-168"/>
        <location filename="../ui/models/reconrowsmodel.cpp" line="+37"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/models/reconrowsmodel.cpp" line="+0"/>
        <source>Approval</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../ui/models/reconrowsmodel.cpp" line="+46"/>
        <source>Ledger: %1 won
VAN: %2 won
Difference (VAN − ledger): %3 won</source>
        <translation>원장: %1원
VAN: %2원
차액(VAN − 원장): %3원</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ledger: %1 won</source>
        <translation>원장: %1원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAN: %1 won</source>
        <translation>VAN: %1원</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction ID</source>
        <translation>거래 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger amount</source>
        <translation>원장 금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAN amount</source>
        <translation>VAN 금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>차액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger approval no.</source>
        <translation>원장 승인번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAN approval no.</source>
        <translation>VAN 승인번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>거래 일시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card number</source>
        <translation>카드번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card company</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merchant</source>
        <translation>가맹점</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>업종</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger line</source>
        <translation>원장 행</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAN line</source>
        <translation>VAN 행</translation>
    </message>
</context>
<context>
    <name>ReconStore</name>
    <message>
        <location filename="../app/core/resolve/reconstore.cpp" line="+79"/>
        <location line="+14"/>
        <location line="+15"/>
        <location line="+86"/>
        <source>Store %1: %2</source>
        <translation>저장소 %1: %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Store %1 has no run %2.</source>
        <translation>저장소 %1에 실행 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Store %1 has no item %2.</source>
        <translation>저장소 %1에 항목 %2이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <location filename="../ui/models/rejectedrowsmodel.cpp" line="+92"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column no.</source>
        <translation>열 번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>ResolutionWriter</name>
    <message>
        <location filename="../app/core/resolve/resolutionwriter.cpp" line="+69"/>
        <source>Store %1: %2</source>
        <translation>저장소 %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transaction %1 changed while you were looking at it. Nothing was saved; reload and try again.</source>
        <translation>거래 %1이(가) 조회하는 동안 변경되었습니다. 아무것도 저장되지 않았습니다. 새로 고친 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction %1 was changed by %2 at %3 (now: %4). Nothing was saved; reload and try again.</source>
        <translation>거래 %1은(는) %3에 %2님이 변경했습니다 (현재: %4). 아무것도 저장되지 않았습니다. 새로 고친 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A note is required: say why the item is resolved this way.</source>
        <translation>메모를 입력해야 합니다. 이렇게 처리하는 이유를 적어 주십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select at least one item.</source>
        <translation>항목을 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairing links exactly two items: one from the ledger and one from the VAN file.</source>
        <translation>수동 연결은 정확히 두 항목, 즉 원장 항목 하나와 VAN 파일 항목 하나를 연결합니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Transaction %1 is already resolved (%2). Undo that first to change it.</source>
        <translation>거래 %1은(는) 이미 처리되었습니다 (%2). 변경하려면 먼저 그 처리를 실행 취소하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaction %1 has no ledger record whose value could be accepted.</source>
        <translation>거래 %1에는 인정할 원장 기록이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction %1 has no VAN record whose value could be accepted.</source>
        <translation>거래 %1에는 인정할 VAN 기록이 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairing links a ledger-only item with a VAN-only item; %1 and %2 are not such a pair.</source>
        <translation>수동 연결은 원장에만 있는 항목과 VAN에만 있는 항목을 연결합니다. %1과(와) %2은(는) 그런 짝이 아닙니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An approval cannot be paired with a cancellation (%1, %2).</source>
        <translation>승인 거래는 취소 거래와 연결할 수 없습니다 (%1, %2).</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>There is nothing of yours to undo.</source>
        <translation>실행 취소할 본인의 처리가 없습니다.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Undid &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 처리를 실행 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../ui/resolution/resolvedialog.cpp" line="+38"/>
        <source>Edit Codes…</source>
        <translation>코드 편집…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required: what you checked and why this resolution is right.</source>
        <translation>필수: 무엇을 확인했고 왜 이렇게 처리하는 것이 맞는지 적으십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Accept the ledger&apos;s values for %n item(s). They will count as verified.</source>
        <translation>
            <numerusform>항목 %n건의 원장 값을 인정합니다. 검증된 것으로 집계됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Accept the VAN file&apos;s values for %n item(s). They will count as verified.</source>
        <translation>
            <numerusform>항목 %n건의 VAN 파일 값을 인정합니다. 검증된 것으로 집계됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Write off %n item(s). They will be closed without a counterpart and will not count as verified.</source>
        <translation>
            <numerusform>항목 %n건을 손실 처리합니다. 짝이 되는 거래 없이 종결되며 검증된 것으로 집계되지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Mark %n item(s) as pending investigation. They stay open and are matched against later runs.</source>
        <translation>
            <numerusform>항목 %n건을 조사 중으로 표시합니다. 미처리 항목으로 남아 이후 대사 실행과 계속 대조됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair the selected ledger-side item with the selected VAN-side item. Both will count as verified.</source>
        <translation>선택한 원장 쪽 항목과 VAN 쪽 항목을 연결합니다. 두 항목 모두 검증된 것으로 집계됩니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a reason…</source>
        <translation>사유를 선택하십시오…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../ui/run/resultspanel.cpp" line="+41"/>
        <source>&amp;All discrepancies</source>
        <translation>전체 불일치(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All discrepancies (%1)</source>
        <translation>전체 불일치 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mismatched</source>
        <translation>불일치(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mismatched (%1)</source>
        <translation>불일치 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount &amp;differs</source>
        <translation>금액 다름(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount differs (%1)</source>
        <translation>금액 다름 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval &amp;number differs</source>
        <translation>승인번호 다름(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval number differs (%1)</source>
        <translation>승인번호 다름 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the &amp;ledger</source>
        <translation>원장에만 있음(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the ledger (%1)</source>
        <translation>원장에만 있음 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the &amp;VAN file</source>
        <translation>VAN에만 있음(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the VAN file (%1)</source>
        <translation>VAN에만 있음 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicates</source>
        <translation>중복(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicates (%1)</source>
        <translation>중복 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Everything, matched too</source>
        <translation>일치 포함 전체(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, matched too (%1)</source>
        <translation>일치 포함 전체 (%1)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Search transaction id, approval number, card last 4 or merchant</source>
        <translation>거래 ID, 승인번호, 카드번호 끝 4자리 또는 가맹점 검색</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show every row again (clear the chart filter).</source>
        <translation>모든 행을 다시 표시합니다(차트 필터 해제).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Matched&lt;/b&gt;</source>
        <translation>&lt;b&gt;일치&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Discrepancies&lt;/b&gt;</source>
        <translation>&lt;b&gt;불일치&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Filter: %1 ✕</source>
        <translation>필터: %1 ✕</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Select the rows to copy first.</source>
        <translation>먼저 복사할 행을 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n행을 복사했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../ui/run/runcontroller.cpp" line="+20"/>
        <source>Loading the ledger: %1 rows…</source>
        <translation>원장 불러오는 중: %1행…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the ledger…</source>
        <translation>원장 불러오는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the VAN file…</source>
        <translation>VAN 파일 읽는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching…</source>
        <translation>대사 중…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Preparing the demo dataset…</source>
        <translation>데모 데이터 준비 중…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reconciling…</source>
        <translation>대사 중…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>RunWriter</name>
    <message>
        <location filename="../app/core/resolve/runwriter.cpp" line="+142"/>
        <source>Store %1: could not record the run: %2</source>
        <translation>저장소 %1: 대사 실행을 기록하지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Store %1: %2</source>
        <translation>저장소 %1: %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+3"/>
        <source>The counterpart arrived in run %1.</source>
        <translation>상대 거래가 실행 %1에서 도착했습니다.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Counterpart of item %1 from run %2.</source>
        <translation>실행 %2의 항목 %1과 짝을 이루는 거래입니다.</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <location filename="../app/core/store/secretresolver.cpp" line="+76"/>
        <source>environment (%1)</source>
        <translation>환경 변수(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keychain</source>
        <translation>키체인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settings file</source>
        <translation>설정 파일</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not set</source>
        <translation>설정되지 않음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This program was built without keychain support.</source>
        <translation>이 프로그램은 키체인 지원 없이 빌드되었습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain is turned off by %1=off.</source>
        <translation>%1=off로 키체인 사용이 꺼져 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No keychain service is available (%1).</source>
        <translation>사용할 수 있는 키체인 서비스가 없습니다(%1).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The keychain did not keep the secret.</source>
        <translation>키체인에 비밀 값이 보관되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The keychain refused the secret: %1</source>
        <translation>키체인이 비밀 값을 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Discord webhook is stored in %1, readable only by you. Anyone who can read that file can post to the channel; set PAYRECON_DISCORD_WEBHOOK instead to keep it out of the file.</source>
        <translation>Discord 웹후크는 본인만 읽을 수 있는 %1에 저장됩니다. 이 파일을 읽을 수 있는 사람은 누구나 채널에 글을 올릴 수 있으므로, 웹후크를 파일에 남기지 않으려면 대신 PAYRECON_DISCORD_WEBHOOK을 설정하십시오.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keychain is available to keep the team store password (%1). Set PAYRECON_STORE_PASSWORD in the environment of PayRecon and payrecon-cli instead.</source>
        <translation>팀 저장소 비밀번호를 보관할 키체인이 없습니다(%1). 대신 PayRecon과 payrecon-cli의 환경에 PAYRECON_STORE_PASSWORD를 설정하십시오.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keychain is available to keep the Elasticsearch password (%1). Set PAYRECON_ES_PASSWORD in the environment of the jobs that publish instead.</source>
        <translation>Elasticsearch 비밀번호를 보관할 키체인이 없습니다(%1). 대신 게시 작업을 실행하는 환경에 PAYRECON_ES_PASSWORD를 설정하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available to keep the Elasticsearch API key (%1). Set PAYRECON_ES_API_KEY in the environment of the jobs that publish instead.</source>
        <translation>Elasticsearch API 키를 보관할 키체인이 없습니다(%1). 대신 게시 작업을 실행하는 환경에 PAYRECON_ES_API_KEY를 설정하십시오.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keychain did not remove the secret: %1</source>
        <translation>키체인에서 비밀 값을 삭제하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../ui/settings/settingscontroller.cpp" line="+46"/>
        <source>Team store</source>
        <translation>팀 저장소</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/shortcutsdialog.cpp" line="+26"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Remove Shortcut</source>
        <translation>단축키 없애기(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;Default</source>
        <translation>기본값 사용(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a command, then press its new key combination. Combinations that a desktop keeps for itself (Ctrl+Alt+L locks the screen on KDE Plasma, Xfce, Cinnamon and MATE) are refused, and so is one another command has.</source>
        <translation>명령을 고른 뒤 새 키 조합을 누르십시오. 데스크톱이 직접 쓰는 조합(KDE Plasma, Xfce, Cinnamon, MATE에서 Ctrl+Alt+L은 화면을 잠급니다)과 다른 명령이 이미 쓰는 조합은 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it works</source>
        <translation>사용하는 곳</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New shortcut:</source>
        <translation>새 단축키(&amp;N):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every command has its default shortcut again.</source>
        <translation>모든 명령이 기본 단축키로 돌아갔습니다.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>“%1” has no shortcut now.</source>
        <translation>이제 “%1”에는 단축키가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now runs “%2”.</source>
        <translation>이제 %1 조합으로 “%2”을(를) 실행합니다.</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <location filename="../ui/import/sourcebar.cpp" line="+38"/>
        <source>Only ledger rows from</source>
        <translation>원장 기간:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other…</source>
        <translation>기타…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applies to a SQL ledger: the dates are Seoul business days, both inclusive.</source>
        <translation>SQL 원장에 적용됩니다: 날짜는 서울 기준 영업일이며 시작일과 종료일을 모두 포함합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ledger:</source>
        <translation>원장:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAN file:</source>
        <translation>VAN 파일:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile:</source>
        <translation>프로필:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Applies to a SQL ledger: the dates are Seoul business days, both inclusive. The VAN file&apos;s records fall on %1 to %2.</source>
        <translation>SQL 원장에 적용됩니다. 날짜는 서울 기준 영업일이며 시작일과 종료일을 포함합니다. VAN 파일의 레코드는 %1~%2에 속합니다.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a ledger and a VAN file first, or open the demo.</source>
        <translation>먼저 원장과 VAN 파일을 선택하거나 데모를 여십시오.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first day of the range is after the last day.</source>
        <translation>기간의 시작일이 종료일보다 늦습니다.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open the VAN settlement file</source>
        <translation>VAN 정산 파일 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement files (*.csv *.txt *.dat);;All files (*)</source>
        <translation>정산 파일 (*.csv *.txt *.dat);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Mapping made for this file (not saved)</source>
        <translation>이 파일용으로 만든 매핑(저장 안 됨)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save it from the import dialog to keep it for the next files.</source>
        <translation>다음 파일에도 쓰려면 가져오기 대화 상자에서 프로필로 저장하십시오.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a VAN profile</source>
        <translation>VAN 프로필 선택</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAN profiles (*.json);;All files (*)</source>
        <translation>VAN 프로필 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot use this profile</source>
        <translation>이 프로필을 사용할 수 없습니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(none: choose a ledger)</source>
        <translation>(없음: 원장을 선택하십시오)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (invalid: %2)</source>
        <translation>%1 (잘못됨: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: open a VAN file)</source>
        <translation>(없음: VAN 파일을 여십시오)</translation>
    </message>
</context>
<context>
    <name>SqlLedgerSource</name>
    <message>
        <location filename="../app/core/ledger/sqlledgersource.cpp" line="+515"/>
        <source>The Qt SQL driver %1 is not installed (available: %2).</source>
        <translation>Qt SQL 드라이버 %1이(가) 설치되어 있지 않습니다(사용 가능: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ledger file %1 does not exist.</source>
        <translation>원장 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation>원장 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>The ledger query must be a SELECT statement.</source>
        <translation>원장 쿼리는 SELECT 문이어야 합니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The ledger query cannot be prepared on %1: %2</source>
        <translation>%1에서 원장 쿼리를 준비할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ledger query failed on %1: %2</source>
        <translation>%1에서 원장 쿼리가 실패했습니다: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The ledger query returns no column named %1. Alias the columns to the canonical names, e.g. SELECT pay_id AS transaction_id.</source>
        <translation>원장 쿼리 결과에 %1 열이 없습니다. 열에 표준 이름의 별칭을 붙이십시오(예: SELECT pay_id AS transaction_id).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The transaction id is empty.</source>
        <translation>거래 ID가 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The kind is neither approval nor cancel (승인/취소).</source>
        <translation>구분이 승인(approval)도 취소(cancel)도 아닙니다(승인/취소).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The amount is not a whole number of won.</source>
        <translation>금액이 원 단위 정수가 아닙니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time is not a valid yyyy-MM-dd HH:mm:ss date and time.</source>
        <translation>시각이 올바른 yyyy-MM-dd HH:mm:ss 날짜와 시간이 아닙니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The installment months are not a number from 0 to 99.</source>
        <translation>할부 개월 수가 0에서 99 사이의 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the ledger %1 failed after %2 rows: %3</source>
        <translation>원장 %1을(를) %2행까지 읽은 뒤 실패했습니다: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connected to %1, but SELECT 1 failed: %2</source>
        <translation>%1에 연결했으나 SELECT 1이 실패했습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to %1: MySQL/MariaDB server %2.</source>
        <translation>%1에 연결됨: MySQL/MariaDB 서버 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %1: SQLite %2.</source>
        <translation>%1을(를) 열었습니다: SQLite %2.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../ui/settings/storedialog.cpp" line="+25"/>
        <source>&amp;Team database (MySQL/MariaDB)</source>
        <translation>팀 데이터베이스(MySQL/MariaDB)(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team store</source>
        <translation>팀 저장소</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This &amp;computer (SQLite file: %1)</source>
        <translation>이 컴퓨터(SQLite 파일: %1)(&amp;C)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>optional: /run/mysqld/mysqld.sock on the same machine</source>
        <translation>선택: 같은 컴퓨터의 /run/mysqld/mysqld.sock</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Socket:</source>
        <translation>소켓(&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store holds the Elasticsearch and Discord outboxes, the recorded runs, the open items and the audit trail. In a team database every operator works on one queue and one list of open items.</source>
        <translation>저장소에는 Elasticsearch와 Discord 전송 대기함, 기록된 대사 실행, 미처리 항목, 감사 기록이 있습니다. 팀 데이터베이스에서는 모든 담당자가 하나의 대기열과 하나의 미처리 항목 목록으로 작업합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password is saved in the system keychain, where payrecon-cli finds it too (store/password), never in the settings file or the logs; PAYRECON_STORE_PASSWORD still overrides it.</source>
        <translation>비밀번호는 시스템 키체인(store/password)에 저장되어 payrecon-cli도 사용하며, 설정 파일이나 로그에는 기록되지 않습니다. PAYRECON_STORE_PASSWORD가 설정되어 있으면 그 값이 우선합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available, so the password cannot be saved: it is used for this session only when the store stays the same. Set PAYRECON_STORE_PASSWORD in the environment that starts PayRecon and payrecon-cli.</source>
        <translation>키체인이 없어 비밀번호를 저장할 수 없습니다. 저장소가 바뀌지 않을 때에만 이번 세션 동안 사용합니다. PayRecon과 payrecon-cli를 시작하는 환경에 PAYRECON_STORE_PASSWORD를 설정하십시오.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These environment variables are set and decide what is shown read-only here: %1</source>
        <translation>다음 환경 변수가 설정되어 있어 여기 표시된 값을 정하며, 읽기 전용입니다: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new store is used from PayRecon&apos;s next start; the open window keeps its current store until then.</source>
        <translation>새 저장소는 PayRecon을 다음에 시작할 때부터 사용합니다. 그때까지 열린 창은 현재 저장소를 계속 사용합니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+89"/>
        <source>✖ Failed: %1</source>
        <translation>✖ 실패: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Enter the database server&apos;s host name (localhost with a socket).</source>
        <translation>데이터베이스 서버의 호스트 이름을 입력하십시오(소켓을 쓰면 localhost).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the team&apos;s database.</source>
        <translation>팀 데이터베이스의 이름을 입력하십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the database user.</source>
        <translation>데이터베이스 사용자를 입력하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The socket must be an absolute path.</source>
        <translation>소켓은 절대 경로여야 합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
</context>
<context>
    <name>StoreProbe</name>
    <message>
        <location filename="../ui/settings/storeprobe.cpp" line="+66"/>
        <source>%1 does not exist yet; PayRecon creates it and its tables on the next start.</source>
        <translation>%1 파일이 아직 없습니다. PayRecon이 다음 시작 때 파일과 테이블을 만듭니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>%1 holds no PayRecon tables yet; they are created on the next start.</source>
        <translation>%1에는 아직 PayRecon 테이블이 없습니다. 다음 시작 때 만들어집니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite file %1. PayRecon&apos;s tables are there: %2.</source>
        <translation>SQLite 파일 %1. PayRecon 테이블이 있습니다: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Qt SQL driver QMYSQL is not installed (package libqt6sql6-mysql).</source>
        <translation>Qt SQL 드라이버 QMYSQL이 설치되어 있지 않습니다(패키지 libqt6sql6-mysql).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The user name or the password is wrong.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database &quot;%1&quot; does not exist on that server.</source>
        <translation>그 서버에 데이터베이스 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user &quot;%1&quot; may not use the database &quot;%2&quot;.</source>
        <translation>사용자 &quot;%1&quot;은(는) 데이터베이스 &quot;%2&quot;을(를) 사용할 권한이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached (host, port or socket, or a firewall).</source>
        <translation>서버에 연결할 수 없습니다(호스트, 포트 또는 소켓, 방화벽을 확인하십시오).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection.</source>
        <translation>서버가 연결을 거부했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Cannot open %2: %3</source>
        <translation>%1 %2을(를) 열 수 없습니다: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MariaDB %1</source>
        <translation>MariaDB %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MySQL %1</source>
        <translation>MySQL %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to %1 at %2, but cannot read payrecon_schema_versions: %3</source>
        <translation>%2의 %1에 연결했지만 payrecon_schema_versions를 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected to %1 at %2. PayRecon&apos;s tables are not there yet; they are created on the next start (the user needs CREATE, ALTER, INDEX, INSERT, UPDATE, SELECT and TRIGGER on the database).</source>
        <translation>%2의 %1에 연결했습니다. PayRecon 테이블이 아직 없으며 다음 시작 때 만들어집니다(사용자에게 데이터베이스에 대한 CREATE, ALTER, INDEX, INSERT, UPDATE, SELECT, TRIGGER 권한이 필요합니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1 at %2. PayRecon&apos;s tables are there: %3.</source>
        <translation>%2의 %1에 연결했습니다. PayRecon 테이블이 있습니다: %3.</translation>
    </message>
</context>
<context>
    <name>SuggestionEngine</name>
    <message>
        <location filename="../app/core/resolve/suggestionengine.cpp" line="+396"/>
        <source>the same approval number</source>
        <extracomment>A reason in the list of &quot;Likely the same payment: %1.&quot;, joined by the locale&apos;s list pattern</extracomment>
        <translation>승인번호가 같음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same amount and card within the time window</source>
        <extracomment>A reason in the list of &quot;Likely the same payment: %1.&quot;, joined by the locale&apos;s list pattern</extracomment>
        <translation>기준 시간 안에 금액과 카드가 같음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a transaction ID one typo away</source>
        <extracomment>A reason in the list of &quot;Likely the same payment: %1.&quot;, joined by the locale&apos;s list pattern</extracomment>
        <translation>거래 ID가 한 글자만 다름</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same amount</source>
        <extracomment>A reason in the list of &quot;Likely the same payment: %1.&quot;, joined by the locale&apos;s list pattern</extracomment>
        <translation>금액이 같음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close in time</source>
        <extracomment>A reason in the list of &quot;Likely the same payment: %1.&quot;, joined by the locale&apos;s list pattern</extracomment>
        <translation>거래 시각이 가까움</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likely the same payment: %1.</source>
        <extracomment>Tooltip of a pairing suggestion; %1 is a list of reasons such as &quot;the same approval number and the same amount&quot;</extracomment>
        <translation>같은 결제일 가능성이 높습니다: %1.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../ui/alerts/traynotifier.cpp" line="+65"/>
        <source>PayRecon</source>
        <translation>PayRecon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show PayRecon</source>
        <translation>PayRecon 보기</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>PayRecon: %n alert(s) today</source>
        <translation>
            <numerusform>PayRecon: 오늘 알림 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reconciliation finished</source>
        <translation>대사 완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ledger and %2 VAN records: %3 matched, %4 discrepancies, %5 rejected rows.</source>
        <translation>원장 %1건, VAN %2건: 일치 %3건, 불일치 %4건, 거부된 행 %5건.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n new payment alert(s)</source>
        <translation>
            <numerusform>새 결제 알림 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest: %1</source>
        <translation>최근: %1</translation>
    </message>
</context>
<context>
    <name>VanFilePreview</name>
    <message>
        <location filename="../app/core/import/vanfilepreview.cpp" line="+205"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: 파일을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is an Excel workbook or another binary file, not delimited text: save it as CSV first.</source>
        <translation>%1은(는) 구분자로 나뉜 텍스트가 아니라 Excel 통합 문서 또는 다른 바이너리 파일입니다: 먼저 CSV로 저장하십시오.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unsupported encoding &quot;%2&quot; (use UTF-8, CP949 or EUC-KR)</source>
        <translation>%1: 지원하지 않는 인코딩 &quot;%2&quot; (UTF-8, CP949 또는 EUC-KR을 사용하십시오)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1: the first %2 KB hold no complete line; is this a delimited text file?</source>
        <translation>%1: 처음 %2KB 안에 완전한 행이 없습니다. 구분자로 나뉜 텍스트 파일이 맞습니까?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file ends before the header on line %2</source>
        <translation>%1: %2행의 머리글이 나오기 전에 파일이 끝납니다</translation>
    </message>
</context>
<context>
    <name>VanImportDialog</name>
    <message>
        <location filename="../ui/import/vanimportdialog.cpp" line="+92"/>
        <source>Open VAN file: %1</source>
        <translation>VAN 파일 열기: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Save profile as…</source>
        <translation>다른 이름으로 프로필 저장(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this mapping as a named profile (Ctrl+S); it is listed next to the built-in profiles here, in the main window and in payrecon-cli --profile.</source>
        <translation>이 매핑을 이름을 붙인 프로필로 보관합니다(Ctrl+S). 저장한 프로필은 이 창, 기본 창, payrecon-cli --profile에서 내장 프로필과 함께 표시됩니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CP949 (Korean Windows)</source>
        <translation>CP949(한국어 Windows)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EUC-KR is read as CP949, its superset. A UTF-8 byte-order mark always wins.</source>
        <translation>EUC-KR은 그 상위 집합인 CP949로 읽습니다. UTF-8 BOM(바이트 순서 표시)이 있으면 항상 UTF-8로 읽습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma ( , )</source>
        <translation>쉼표( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>세미콜론( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe ( | )</source>
        <translation>세로 막대( | )</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line that holds the column names; lines above it (titles) are skipped.</source>
        <translation>열 이름이 있는 행입니다. 그 위의 행(제목)은 건너뜁니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many lines at the end of the file are totals, not records.</source>
        <translation>파일 끝에서 거래가 아닌 합계 행의 수입니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Transaction ID:</source>
        <translation>거래 ID(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>구분(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>금액(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval &amp;number:</source>
        <translation>승인번호(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and t&amp;ime:</source>
        <translation>거래 일시(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>거래 일자(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ti&amp;me:</source>
        <translation>거래 시각(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;rd number:</source>
        <translation>카드번호(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card company:</source>
        <translation>카드사:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant ID:</source>
        <translation>가맹점 ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant name:</source>
        <translation>가맹점명:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ID:</source>
        <translation>고객 ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>업종:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment months:</source>
        <translation>할부 개월:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file&apos;s column read as &quot;%1&quot; (%2).</source>
        <translation>&quot;%1&quot; 항목(%2)으로 읽을 파일의 열입니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Required: a date, either as date and time together or as a date (with an optional time).</source>
        <translation>필수: 날짜가 필요합니다. 거래 일시를 한 열로 매핑하거나 거래 일자(거래 시각은 선택)를 매핑하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required: every record needs it.</source>
        <translation>필수: 모든 거래에 필요합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Qt date format letters: yyyy year, MM month, dd day, HH hour, mm minute, ss second.</source>
        <translation>Qt 날짜 형식 문자: yyyy 연도, MM 월, dd 일, HH 시, mm 분, ss 초.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example 승인, 정상</source>
        <translation>예: 승인, 정상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values of the kind column that mean an approval, separated by commas; &quot;approval&quot; is always understood.</source>
        <translation>구분 열에서 승인을 뜻하는 값을 쉼표로 구분하여 입력합니다. &quot;approval&quot;은 항상 승인으로 인식합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example 취소, 매입취소</source>
        <translation>예: 취소, 매입취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values of the kind column that mean a cancellation, separated by commas; &quot;cancel&quot; is always understood.</source>
        <translation>구분 열에서 취소를 뜻하는 값을 쉼표로 구분하여 입력합니다. &quot;cancel&quot;은 항상 취소로 인식합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A negative amount is a cancellation</source>
        <translation>음수 금액은 취소로 처리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For files without a kind column, where a cancellation is a negative amount.</source>
        <translation>구분 열이 없고 취소를 음수 금액으로 나타내는 파일에 사용합니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Use this file</source>
        <translation>이 파일 사용(&amp;U)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Profile:</source>
        <translation>프로필(&amp;P):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;limiter:</source>
        <translation>구분자(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header line:</source>
        <translation>머리글 행(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Footer lines:</source>
        <translation>바닥글 행 수(&amp;F):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Columns</source>
        <translation>열 매핑</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date f&amp;ormat:</source>
        <translation>일자 형식(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time format:</source>
        <translation>시각 형식:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time format:</source>
        <translation>일시 형식:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appro&amp;val spellings:</source>
        <translation>승인 표기(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation spellin&amp;gs:</source>
        <translation>취소 표기(&amp;G):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Custom mapping</source>
        <translation>사용자 지정 매핑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map the columns yourself, starting from what the file&apos;s headers suggest.</source>
        <translation>파일 머리글로 추정한 매핑에서 시작하여 열을 직접 매핑합니다.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot use this profile</source>
        <translation>이 프로필을 사용할 수 없습니다</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>File: %1 (%2)</source>
        <translation>파일: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1 (%2; the preview shows its first %3 rows)</source>
        <translation>파일: %1 (%2, 미리 보기에는 처음 %3행만 표시)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTF-8 with byte-order mark</source>
        <translation>BOM 있는 UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain ASCII so far</source>
        <translation>지금까지는 ASCII만 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Detect (%1)</source>
        <translation>자동 감지 (%1)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(not mapped)</source>
        <translation>(매핑 안 함)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column %1</source>
        <translation>%1열</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>column %1, e.g. %2</source>
        <translation>%1열, 예: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>column %1 (not in this file)</source>
        <translation>%1열(이 파일에 없음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (not in this file)</source>
        <translation>%1(이 파일에 없음)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Keep this mapping as a named profile (Ctrl+S).</source>
        <translation>이 매핑을 이름을 붙인 프로필로 보관합니다(Ctrl+S).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the errors listed below before saving the mapping.</source>
        <translation>매핑을 저장하기 전에 아래 목록의 오류를 수정하십시오.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping reads the preview rows without problems.</source>
        <translation>이 매핑으로 미리 보기 행을 문제없이 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save profile</source>
        <translation>프로필 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the profile (it is listed under this name, and payrecon-cli accepts it as --profile):</source>
        <translation>프로필 이름(이 이름으로 목록에 표시되며 payrecon-cli의 --profile에도 쓸 수 있음):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace profile</source>
        <translation>프로필 바꾸기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A profile named &quot;%1&quot; exists. Replace it?</source>
        <translation>&quot;%1&quot; 프로필이 이미 있습니다. 바꾸시겠습니까?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the profile</source>
        <translation>프로필을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mapping has errors; fix them before saving.</source>
        <translation>매핑에 오류가 있습니다. 저장하기 전에 수정하십시오.</translation>
    </message>
</context>
<context>
    <name>VelocityRule</name>
    <message>
        <location filename="../app/core/alerts/velocityrule.cpp" line="+17"/>
        <source>Velocity</source>
        <translation>단시간 반복 결제</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n approvals on this card within %1 minutes.</source>
        <translation>
            <numerusform>이 카드의 승인이 %1분 이내에 %n건 발생했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n approvals by this customer within %1 minutes.</source>
        <translation>
            <numerusform>이 고객의 승인이 %1분 이내에 %n건 발생했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookUrl</name>
    <message>
        <location filename="../app/core/alerts/webhookurl.cpp" line="+25"/>
        <source>No Discord webhook URL is configured.</source>
        <translation>Discord 웹후크 URL이 설정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Discord webhook URL is not a valid URL.</source>
        <translation>Discord 웹후크 URL이 올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Discord webhook URL must not contain a user name.</source>
        <translation>Discord 웹후크 URL에 사용자 이름을 넣으면 안 됩니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Discord webhook URL must start with https:// (plain http:// is allowed only to 127.0.0.1, localhost or [::1]).</source>
        <translation>Discord 웹후크 URL은 https://로 시작해야 합니다(일반 http://는 127.0.0.1, localhost, [::1]에만 허용됩니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Discord webhook URL must start with https://.</source>
        <translation>Discord 웹후크 URL은 https://로 시작해야 합니다.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/window/welcomedialog.cpp" line="+11"/>
        <source>Welcome to PayRecon</source>
        <translation>PayRecon에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h3&gt;Welcome to PayRecon&lt;/h3&gt;&lt;p&gt;The window behind this note shows the &lt;b&gt;demo&lt;/b&gt;: a SQLite ledger and a CP949 VAN file with every kind of discrepancy, created in &lt;tt&gt;%1&lt;/tt&gt;. Nothing was written anywhere else.&lt;/p&gt;&lt;p&gt;To reconcile your own payments:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Your ledger&lt;/b&gt;: File → Choose Ledger (Ctrl+L). A MySQL/MariaDB host, database and user, with Test connection; the password is kept for this session only. For payrecon-cli set PAYRECON_LEDGER_PASSWORD.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your VAN file&lt;/b&gt;: File → Open VAN File (Ctrl+O). Check the preview, map the columns once and save the mapping as a profile.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Elasticsearch&lt;/b&gt; (verified rows for Kibana): the node URL, user and password or API key and CA certificate go in the settings, or in PAYRECON_ES_URL, PAYRECON_ES_USER, PAYRECON_ES_PASSWORD / PAYRECON_ES_API_KEY and PAYRECON_ES_CA_FILE for payrecon-cli.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Discord alerts&lt;/b&gt; (high-value and unusual payments): the webhook URL goes in the settings or in PAYRECON_DISCORD_WEBHOOK.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Reconcile with F5. Help → Getting Started shows this page again; Help → Open Log Folder shows the log files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PayRecon에 오신 것을 환영합니다&lt;/h3&gt;&lt;p&gt;이 안내 뒤의 창에는 &lt;b&gt;데모&lt;/b&gt;가 표시되어 있습니다: 모든 유형의 불일치가 들어 있는 SQLite 원장과 CP949 VAN 파일이며, &lt;tt&gt;%1&lt;/tt&gt;에 만들어졌습니다. 그 밖의 위치에는 아무것도 쓰지 않았습니다.&lt;/p&gt;&lt;p&gt;실제 결제 내역을 대사하려면:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;원장&lt;/b&gt;: 파일 → 원장 선택(Ctrl+L). MySQL/MariaDB 호스트, 데이터베이스, 사용자를 입력하고 연결 테스트로 확인합니다. 비밀번호는 이 세션 동안에만 보관됩니다. payrecon-cli에서는 PAYRECON_LEDGER_PASSWORD를 설정하십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;VAN 파일&lt;/b&gt;: 파일 → VAN 파일 열기(Ctrl+O). 미리 보기를 확인하고 열을 한 번 매핑한 뒤 그 매핑을 프로필로 저장하십시오.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Elasticsearch&lt;/b&gt;(Kibana용 검증된 행): 노드 URL, 사용자와 비밀번호 또는 API 키, CA 인증서는 설정에 입력하거나, payrecon-cli에서는 PAYRECON_ES_URL, PAYRECON_ES_USER, PAYRECON_ES_PASSWORD / PAYRECON_ES_API_KEY, PAYRECON_ES_CA_FILE로 지정합니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Discord 알림&lt;/b&gt;(고액 결제와 이상 결제): 웹후크 URL은 설정에 입력하거나 PAYRECON_DISCORD_WEBHOOK으로 지정합니다.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;F5로 대사합니다. 도움말 → 시작하기를 선택하면 이 페이지가 다시 표시되고, 도움말 → 로그 폴더 열기를 선택하면 로그 파일을 볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+46"/>
        <source>Card settlement reconciliation.</source>
        <translation>카드 정산 대사.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the main window, report it on standard output and quit (installation checks).</source>
        <translation>기본 창을 표시하고 그 사실을 표준 출력에 알린 뒤 종료합니다(설치 점검용).</translation>
    </message>
</context>
<context>
    <name>payrecon-cli</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="+19"/>
        <source>Reconcile the embedded demo: a SQLite ledger and a CP949 VAN file, generated on first use in the user&apos;s data directory.</source>
        <translation>내장 데모를 대사합니다: SQLite 원장과 CP949 VAN 파일로, 처음 사용할 때 사용자 데이터 디렉터리에 생성됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the demo lives (default: the user&apos;s data directory).</source>
        <translation>데모를 보관할 위치(기본값: 사용자 데이터 디렉터리).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size of a freshly generated demo (default 5000).</source>
        <translation>새로 생성할 데모의 크기(기본값 5000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the JSON report here.</source>
        <translation>JSON 보고서도 여기에 씁니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>payrecon-cli demo: --rows must be a positive number</source>
        <translation>payrecon-cli demo: --rows는 양수여야 합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created the demo dataset in %1</source>
        <translation>%1에 데모 데이터를 만들었습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/generatecommand.cpp" line="+16"/>
        <source>Write a deterministic demo dataset: ledger.db (SQLite), ledger.sql (MySQL), ledger.csv, van.csv and truth.json, with every discrepancy class injected.</source>
        <translation>결정적인 데모 데이터를 씁니다: ledger.db(SQLite), ledger.sql(MySQL), ledger.csv, van.csv, truth.json이며 모든 유형의 불일치가 포함됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ledger approvals to generate (default 2000).</source>
        <translation>생성할 원장 승인 건수(기본값 2000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 1).</source>
        <translation>난수 시드(기본값 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output directory (created if missing).</source>
        <translation>출력 디렉터리(없으면 생성).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VAN layout of van.csv (default kvan-cp949).</source>
        <translation>van.csv의 VAN 레이아웃(기본값 kvan-cp949).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business day, yyyy-MM-dd (default 2026-11-24).</source>
        <translation>영업일, yyyy-MM-dd(기본값 2026-11-24).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not write ledger.db.</source>
        <translation>ledger.db를 쓰지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not write ledger.sql.</source>
        <translation>ledger.sql을 쓰지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/publishcommand.cpp" line="+153"/>
        <location filename="../app/cli/reconcilecommand.cpp" line="+152"/>
        <source>Print nothing but errors.</source>
        <translation>오류만 출력합니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>payrecon-cli generate: --out is required; --rows must be a positive number, --seed a number and --date a yyyy-MM-dd date</source>
        <translation>payrecon-cli generate: --out이 필요합니다. --rows는 양수, --seed는 숫자, --date는 yyyy-MM-dd 형식의 날짜여야 합니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote the demo dataset to %1 in %2 ms.</source>
        <translation>%2ms 동안 %1에 데모 데이터를 썼습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+85"/>
        <source>Usage: payrecon-cli &lt;command&gt; [options]

Commands:
  demo        reconcile the embedded demo (created on first use)
  reconcile   match the ledger against a VAN settlement file (and record the run)
  runs        list the recorded runs and what is still open of each
  report      a recorded run with its resolutions (--run ID --csv FILE --pdf FILE)
  resolve     resolve open items from a script, or --undo your last action
  audit       show or export the audit trail; --verify checks it is intact
  generate    write a deterministic demo dataset with its ground truth
  es-check    test the Elasticsearch connection, credentials and indexes
  publish     send the Elasticsearch outbox (after reconcile --publish)
  monitor     watch the ledger and send alerts to Discord (--once for cron; alias: watch)
  alerts      list recent alerts and their delivery state (--flush sends pending)
  config      show the effective configuration, secrets masked (config show); keep secrets in the
              keychain (config set-secret KEY, value on stdin; config clear-secret KEY)

Run payrecon-cli &lt;command&gt; --help for the options of a command.
Options: --version, --help, --verbose (log progress to stderr)
</source>
        <translation>사용법: payrecon-cli &lt;명령&gt; [옵션]

명령:
  demo        내장 데모를 대사합니다(처음 사용할 때 생성)
  reconcile   원장을 VAN 정산 파일과 대사합니다(실행을 기록)
  runs        기록된 실행과 실행별 미결 항목을 표시합니다
  report      기록된 실행과 처리 내용을 보고합니다(--run ID --csv 파일 --pdf 파일)
  resolve     스크립트에서 미결 항목을 처리하거나 --undo로 마지막 작업을 취소합니다
  audit       감사 기록을 표시하거나 내보냅니다. --verify는 변경 여부를 검사합니다
  generate    결정적인 데모 데이터와 정답 데이터를 씁니다
  es-check    Elasticsearch 연결, 인증 정보, 인덱스를 점검합니다
  publish     Elasticsearch 전송 대기함의 문서를 보냅니다(reconcile --publish 후)
  monitor     원장을 감시하여 알림을 Discord로 보냅니다(cron에서는 --once, 별칭: watch)
  alerts      최근 알림과 전송 상태를 표시합니다(--flush는 대기 중인 알림을 전송)
  config      비밀 값을 가린 채 적용 중인 설정을 표시합니다(config show). 비밀 값을 키체인에
              보관합니다(config set-secret KEY, 값은 표준 입력으로; config clear-secret KEY)

명령별 옵션은 payrecon-cli &lt;명령&gt; --help로 확인하십시오.
옵션: --version, --help, --verbose(진행 상황을 stderr에 기록)
</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>payrecon-cli: unknown command &quot;%1&quot;

</source>
        <translation>payrecon-cli: 알 수 없는 명령 &quot;%1&quot;

</translation>
    </message>
    <message>
        <location filename="../app/cli/reconcilecommand.cpp" line="-117"/>
        <source>payrecon-cli: --%1 must be a date like 2026-11-24, not &quot;%2&quot;</source>
        <translation>payrecon-cli: --%1은(는) 2026-11-24 같은 날짜여야 합니다(입력값: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lines:  %1 = %2 title/header + %3 records + %4 rejected + %5 blank + %6 footer</source>
        <translation>행:   %1 = 제목/머리글 %2 + 레코드 %3 + 거부 %4 + 빈 행 %5 + 꼬리말 %6</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CONTROL TOTAL FAILED: %1</source>
        <translation>합계 불일치: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ledger: %1 (%2 records)</source>
        <translation>원장: %1 (%2건)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VAN:    %1 (%2, %3 records)</source>
        <translation>VAN:  %1 (%2, %3건)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Control total: %1</source>
        <translation>합계: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger won</source>
        <translation>원장 금액(원)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAN won</source>
        <translation>VAN 금액(원)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rejected rows</source>
        <translation>거부된 행</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>net (approvals - cancellations)</source>
        <translation>순액(승인 - 취소)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result: reconciled, no discrepancies.</source>
        <translation>결과: 대사 완료, 불일치 없음.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: %1 discrepancies.</source>
        <translation>결과: 불일치 %1건.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(load %1 ms, match %2 ms)</source>
        <translation>(불러오기 %1ms, 대사 %2ms)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reconcile the merchant ledger against a VAN settlement file.</source>
        <translation>가맹점 원장을 VAN 정산 파일과 대사합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ledger database URL: sqlite:///path/ledger.db or mysql://user@host:port/db (password from PAYRECON_LEDGER_PASSWORD).</source>
        <translation>원장 데이터베이스 URL: sqlite:///path/ledger.db 또는 mysql://user@host:port/db (비밀번호는 PAYRECON_LEDGER_PASSWORD에서 읽음).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SELECT with canonical column aliases and :from/:to, or @file.</source>
        <translation>표준 열 별칭과 :from/:to를 쓰는 SELECT 문 또는 @파일.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the ledger from a delimited file instead.</source>
        <translation>대신 구분자로 나뉜 파일에서 원장을 읽습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile for --ledger-csv (default canonical-utf8).</source>
        <translation>--ledger-csv의 프로필(기본값 canonical-utf8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAN settlement file.</source>
        <translation>VAN 정산 파일.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VAN profile: a built-in name or a JSON file.</source>
        <translation>VAN 프로필: 내장 프로필 이름 또는 JSON 파일.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day (inclusive) of the ledger range, yyyy-MM-dd.</source>
        <translation>원장 기간의 첫날(포함), yyyy-MM-dd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day (inclusive) of the ledger range, yyyy-MM-dd.</source>
        <translation>원장 기간의 마지막 날(포함), yyyy-MM-dd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the JSON report here.</source>
        <translation>JSON 보고서를 여기에 씁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include matched rows in the JSON report.</source>
        <translation>JSON 보고서에 일치한 행도 포함합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the discrepancies as CSV for Excel here (UTF-8 with BOM, formula-safe).</source>
        <translation>불일치 내역을 Excel용 CSV로 여기에 씁니다(BOM 있는 UTF-8, 수식 삽입 방지).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include matched rows in the CSV.</source>
        <translation>CSV에 일치한 행도 포함합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the rejected input rows as CSV here.</source>
        <translation>거부된 입력 행을 CSV로 여기에 씁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the signed reconciliation report as PDF here (summary, charts, discrepancies, rejected rows, approval block).</source>
        <translation>결재용 대사 보고서를 이 경로에 PDF로 저장합니다(요약, 차트, 불일치 내역, 거부된 행, 결재란).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reconcile and record even when the ledger returned no rows or too few VAN records fall on the ledger&apos;s days (a wrong day).</source>
        <translation>원장에서 읽은 행이 없거나 원장 날짜에 속하는 VAN 레코드가 너무 적어도(날짜 착오) 대사하고 기록합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record the run in this resolution store: sqlite:///path or mysql://user@host/db (team); default: PAYRECON_STORE_URL, the settings, else the local store.</source>
        <translation>이 처리 저장소에 실행을 기록합니다: sqlite:///경로 또는 mysql://user@host/db(팀). 기본값: PAYRECON_STORE_URL, 설정, 없으면 로컬 저장소.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not record the run (no carry-over of open items).</source>
        <translation>실행을 기록하지 않습니다(미결 항목 이월 없음).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator name recorded with the run (default: the OS user).</source>
        <translation>실행과 함께 기록할 담당자 이름(기본값: OS 사용자).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish to Elasticsearch: matched rows to the verified index, every other outcome to the mismatch log, through the local outbox (see payrecon-cli publish).</source>
        <translation>Elasticsearch에 게시합니다: 일치한 행은 검증 인덱스로, 그 밖의 모든 결과는 불일치 로그로 로컬 전송 대기함을 거쳐 보냅니다(payrecon-cli publish 참고).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>payrecon-cli reconcile: give exactly one of --ledger or --ledger-csv, and --van and --profile</source>
        <translation>payrecon-cli reconcile: --ledger와 --ledger-csv 중 정확히 하나, 그리고 --van과 --profile을 지정하십시오</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>payrecon-cli: cannot read the ledger query file %1: %2</source>
        <translation>payrecon-cli: 원장 쿼리 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>payrecon-cli reconcile: --from/--to select rows of a SQL ledger (--ledger); a --ledger-csv file is reconciled whole</source>
        <translation>payrecon-cli reconcile: --from/--to는 SQL 원장(--ledger)의 행을 고릅니다. --ledger-csv 파일은 전체를 대사합니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>payrecon-cli: --from is after --to</source>
        <translation>payrecon-cli: --from이 --to보다 늦습니다</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1:%2: rejected</source>
        <translation>%1:%2: 거부됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column %1 &quot;%2&quot;</source>
        <translation>열 %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and %1 more rejected rows (see --json)</source>
        <translation>… 외 거부된 행 %1건(--json 참고)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>payrecon-cli: nothing was written or recorded; check --from/--to, or add --force to reconcile these sources as they are.</source>
        <translation>payrecon-cli: 아무것도 쓰거나 기록하지 않았습니다. --from/--to를 확인하거나, 이 원본을 그대로 대사하려면 --force를 추가하십시오.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(--force: reconciled as asked)</source>
        <translation>(--force: 요청대로 대사함)</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="+27"/>
        <source>Show or export the audit trail of resolutions, undos and late matches; verify it has not been altered.</source>
        <translation>처리, 실행 취소, 지연 일치의 감사 기록을 표시하거나 내보내고, 변경되지 않았는지 검증합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/clistore.cpp" line="+15"/>
        <source>Resolution store: empty for the local one, sqlite:///path or mysql://user@host/db (team).</source>
        <translation>처리 저장소: 비우면 로컬 저장소, sqlite:///경로 또는 mysql://user@host/db(팀).</translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="+5"/>
        <source>First day (KST), yyyy-MM-dd.</source>
        <translation>첫날(KST), yyyy-MM-dd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day (KST, inclusive), yyyy-MM-dd.</source>
        <translation>마지막 날(KST, 포함), yyyy-MM-dd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this operator&apos;s entries.</source>
        <translation>이 담당자의 기록만.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this action: run_recorded, accept_ledger, accept_van, write_off, pending, pair, undo, matched_late.</source>
        <translation>이 작업만: run_recorded, accept_ledger, accept_van, write_off, pending, pair, undo, matched_late.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only entries of this run.</source>
        <translation>이 실행의 기록만.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the entries as CSV here.</source>
        <translation>기록을 이 CSV 파일로 씁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the hash chain of the whole trail; exit 1 if altered.</source>
        <translation>전체 감사 기록의 해시 체인을 검사합니다. 변경되었으면 종료 코드 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>payrecon-cli: --%1 expects yyyy-MM-dd, not &quot;%2&quot;</source>
        <translation>payrecon-cli: --%1에는 &quot;%2&quot;가 아니라 yyyy-MM-dd 형식이 필요합니다</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The audit trail of %1 is intact.</source>
        <translation>%1의 감사 기록은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/reconcilecommand.cpp" line="+8"/>
        <location line="+13"/>
        <location filename="../app/cli/reportcommand.cpp" line="+82"/>
        <source>payrecon-cli: cannot write %1: %2</source>
        <translation>payrecon-cli: %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1 audit entries to %2.</source>
        <translation>감사 기록 %1건을 %2에 썼습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>item %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="+31"/>
        <source>List recent alerts with their delivery state (newest first); --flush sends the pending ones to the Discord webhook from PAYRECON_DISCORD_WEBHOOK or the settings.</source>
        <translation>최근 알림을 전송 상태와 함께 최신순으로 표시합니다. --flush를 지정하면 대기 중인 알림을 PAYRECON_DISCORD_WEBHOOK 또는 설정의 Discord 웹후크로 전송합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many alerts to list (default 20).</source>
        <translation>표시할 알림 수(기본값 20).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/monitorcommand.cpp" line="+68"/>
        <source>PayRecon store file (default: PAYRECON_STORE or the data directory).</source>
        <translation>PayRecon 저장소 파일(기본값: PAYRECON_STORE 또는 데이터 디렉터리).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deliver pending alerts first; exit 1 if any is still pending afterwards.</source>
        <translation>먼저 대기 중인 알림을 전송합니다. 그 후에도 대기 중인 알림이 남아 있으면 1로 종료합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>payrecon-cli alerts: --limit must be a positive number</source>
        <translation>payrecon-cli alerts: --limit은 양수여야 합니다</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delivered %1 alert(s) to %2; %3 still pending.</source>
        <translation>알림 %1건을 %2(으)로 전송했습니다. %3건은 아직 대기 중입니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Seq</source>
        <translation>순번</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded (KST)</source>
        <translation>기록 시각(KST)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>거래 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n회 시도</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No alerts recorded yet.</source>
        <translation>아직 기록된 알림이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/escheckcommand.cpp" line="+18"/>
        <source>Test the Elasticsearch connection: server version, cluster health, user, and whether the indexes exist with a fitting mapping. Reads the [elasticsearch] settings and PAYRECON_ES_URL, PAYRECON_ES_USER, PAYRECON_ES_PASSWORD, PAYRECON_ES_API_KEY, PAYRECON_ES_CA_FILE. Changes nothing on the server.</source>
        <translation>Elasticsearch 연결을 점검합니다: 서버 버전, 클러스터 상태, 사용자, 그리고 인덱스가 있는지와 매핑이 맞는지 확인합니다. [elasticsearch] 설정과 PAYRECON_ES_URL, PAYRECON_ES_USER, PAYRECON_ES_PASSWORD, PAYRECON_ES_API_KEY, PAYRECON_ES_CA_FILE을 읽습니다. 서버에서는 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Elasticsearch: %1</source>
        <translation>Elasticsearch: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected: %1</source>
        <translation>연결됨: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Index %1: missing (publishing creates it)</source>
        <translation>인덱스 %1: 없음(게시할 때 생성됨)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Index %1: cannot read its mapping (%2)</source>
        <translation>인덱스 %1: 매핑을 읽을 수 없음(%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Index %1: exists, mapping fits</source>
        <translation>인덱스 %1: 있음, 매핑 일치</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Index %1: conflicting mapping: %2</source>
        <translation>인덱스 %1: 매핑 충돌: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Index %1: fields missing from its mapping: %2</source>
        <translation>인덱스 %1: 매핑에 없는 필드: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/monitorcommand.cpp" line="-33"/>
        <source>ALERT #%1 %2: transaction %3 (%4), ₩%5, row %6</source>
        <translation>알림 #%1 %2: 거래 %3 (%4), ₩%5, 행 %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Watch the ledger for new rows, raise alerts by the rules in the settings (group &quot;alerts&quot;) and deliver them to the Discord webhook from PAYRECON_DISCORD_WEBHOOK or the settings. The first run on a ledger starts after its current last row: existing rows are not alerted.</source>
        <translation>원장의 새 행을 감시하여 설정의 규칙(그룹 &quot;alerts&quot;)에 따라 알림을 만들고, PAYRECON_DISCORD_WEBHOOK 또는 설정의 Discord 웹후크로 전송합니다. 원장에서 처음 실행하면 현재 마지막 행 다음부터 시작하므로 기존 행에는 알림을 만들지 않습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ledger URL (default: alerts/ledgerUrl, else the window&apos;s last ledger); password from PAYRECON_LEDGER_PASSWORD.</source>
        <translation>원장 URL(기본값: alerts/ledgerUrl, 없으면 창에서 마지막으로 사용한 원장). 비밀번호는 PAYRECON_LEDGER_PASSWORD에서 읽습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monitored table (default payments).</source>
        <translation>모니터링할 테이블(기본값 payments).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-increment column used as the high-water mark (default id).</source>
        <translation>마지막 처리 위치로 사용할 자동 증가 열(기본값 id).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SELECT returning the id column and the canonical aliases for rows with id &gt; :after, or @file.</source>
        <translation>id 열과 표준 열 별칭을 반환하고 id &gt; :after인 행을 고르는 SELECT 문 또는 @파일.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds between polls (default 2).</source>
        <translation>폴링 간격(초, 기본값 2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Poll once, deliver what is pending, and exit: 0 all delivered, 1 ledger or Discord failed (alerts stay pending), 2 bad settings.</source>
        <translation>한 번 폴링하고 대기 중인 알림을 전송한 뒤 종료합니다. 종료 코드: 0 모두 전송됨, 1 원장 또는 Discord 실패(알림은 대기 중으로 남음), 2 잘못된 설정.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>payrecon-cli monitor: cannot read %1: %2</source>
        <translation>payrecon-cli monitor: %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>payrecon-cli monitor: no ledger: pass --ledger URL or set alerts/ledgerUrl in the settings.</source>
        <translation>payrecon-cli monitor: 원장이 없습니다: --ledger URL을 지정하거나 설정에서 alerts/ledgerUrl을 지정하십시오.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>payrecon-cli monitor: no Discord webhook (set PAYRECON_DISCORD_WEBHOOK): alerts are recorded, not sent.</source>
        <translation>payrecon-cli monitor: Discord 웹후크가 없습니다(PAYRECON_DISCORD_WEBHOOK 설정): 알림은 기록되지만 전송되지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discord webhook: %1</source>
        <translation>Discord 웹후크: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 new alert(s); %2 pending delivery; high-water mark %3.</source>
        <translation>새 알림 %1건, 전송 대기 %2건, 마지막 처리 위치 %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>DELIVERY #%1 %2 %3</source>
        <translation>전송 #%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/publishcommand.cpp" line="-106"/>
        <source>published %1 of %2 (%3 failed)</source>
        <translation>%2건 중 %1건 게시(%3건 실패)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>payrecon-cli: conflicting mapping in %1</source>
        <translation>payrecon-cli: %1의 매핑이 충돌합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created index %1</source>
        <translation>인덱스 %1을(를) 만들었습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published %1 documents, %2 rejected (%3 requests, %4 items and %5 requests retried).</source>
        <translation>문서 %1건 게시, %2건 거부(요청 %3건, 재시도: 항목 %4건, 요청 %5건).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox: %1 pending, %2 published, %3 failed.</source>
        <translation>전송 대기함: 대기 %1건, 게시 %2건, 실패 %3건.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>payrecon-cli: cancelled; run payrecon-cli publish to send the rest</source>
        <translation>payrecon-cli: 취소되었습니다. 나머지를 보내려면 payrecon-cli publish를 실행하십시오</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>payrecon-cli: publishing stopped: %1</source>
        <translation>payrecon-cli: 게시가 중단되었습니다: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rejected %1/%2: %3</source>
        <translation>거부됨 %1/%2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and %1 more rejected documents</source>
        <translation>… 외 거부된 문서 %1건</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After fixing the cause, payrecon-cli publish --retry-failed sends them again.</source>
        <translation>원인을 해결한 뒤 payrecon-cli publish --retry-failed를 실행하면 다시 보냅니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>payrecon-cli: resolved items were not queued: %1</source>
        <translation>payrecon-cli: 처리된 항목을 전송 대기열에 넣지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 resolved items queued for the verified index.</source>
        <translation>처리된 항목 %1건을 검증 인덱스 전송 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 documents of undone resolutions queued for removal from the verified index.</source>
        <translation>되돌린 처리의 문서 %1건을 검증 인덱스에서 삭제하도록 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Send what the Elasticsearch outbox holds (verified rows, the mismatch log) and mark each document done once the server acknowledged it. Safe to interrupt and to run again. The outbox lives in the local store (PAYRECON_STORE overrides its path).</source>
        <translation>Elasticsearch 전송 대기함에 있는 문서(검증된 행, 불일치 로그)를 보내고, 서버가 수신을 확인한 문서는 완료로 표시합니다. 도중에 중단하거나 다시 실행해도 안전합니다. 전송 대기함은 로컬 저장소에 있습니다(PAYRECON_STORE로 경로 변경).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue documents the server rejected before once more.</source>
        <translation>서버가 이전에 거부한 문서를 다시 전송 대기함에 넣습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget published documents older than this (default 30; 0 keeps them).</source>
        <translation>이 일수보다 오래된 게시 완료 문서를 정리합니다(기본값 30, 0이면 유지).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>payrecon-cli publish: --prune-days must be 0 or more</source>
        <translation>payrecon-cli publish: --prune-days는 0 이상이어야 합니다</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 rejected documents queued again.</source>
        <translation>거부된 문서 %1건을 다시 전송 대기함에 넣었습니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run %1: %2 documents for Elasticsearch (%3 new or changed).</source>
        <translation>대사 실행 %1: Elasticsearch용 문서 %2건(신규 또는 변경 %3건).</translation>
    </message>
    <message>
        <location filename="../app/cli/configcommand.cpp" line="+31"/>
        <source>on</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (from %1)</source>
        <translation> (%1에서)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Value for %1 (not shown): </source>
        <translation>%1의 값(화면에 표시되지 않음): </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>payrecon-cli config: no value on standard input; nothing was stored (use clear-secret to remove one).</source>
        <translation>payrecon-cli config: 표준 입력에 값이 없어 아무것도 저장하지 않았습니다(저장된 값을 지우려면 clear-secret을 사용하십시오).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is stored in the keychain.</source>
        <translation>%1을(를) 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is stored in the settings file %2.</source>
        <translation>%1을(를) 설정 파일 %2에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>payrecon-cli config: %1 is set in this environment and still takes precedence over the stored value.</source>
        <translation>payrecon-cli config: 이 환경에 %1이(가) 설정되어 있어 저장된 값보다 우선합니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is no longer stored.</source>
        <translation>%1을(를) 더 이상 보관하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payrecon-cli config: %1 is still set in this environment; unset it there.</source>
        <translation>payrecon-cli config: 이 환경에는 아직 %1이(가) 설정되어 있습니다. 환경에서 해제하십시오.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>show: print the effective configuration (the settings file and the keychain, then PAYRECON_* environment variables over them), with every password, API key and webhook token masked and the origin of each secret.
set-secret KEY: store a secret read from standard input in the keychain (elasticsearch/password, elasticsearch/api_key, discord/webhook, store/password).
clear-secret KEY: remove a stored secret from the keychain and the settings file.</source>
        <translation>show: 적용 중인 설정(설정 파일과 키체인에 PAYRECON_* 환경 변수를 덮어쓴 결과)을 모든 비밀번호, API 키, 웹후크 토큰을 가리고 각 비밀 값의 출처와 함께 출력합니다.
set-secret KEY: 표준 입력에서 읽은 비밀 값을 키체인에 저장합니다(elasticsearch/password, elasticsearch/api_key, discord/webhook, store/password).
clear-secret KEY: 저장된 비밀 값을 키체인과 설정 파일에서 삭제합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show, set-secret or clear-secret.</source>
        <translation>show, set-secret 또는 clear-secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret&apos;s name.</source>
        <translation>비밀 값의 이름.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>payrecon-cli config: unknown secret &quot;%1&quot;; the secrets are %2.</source>
        <translation>payrecon-cli config: 알 수 없는 비밀 값 &quot;%1&quot;입니다. 사용할 수 있는 이름은 %2입니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>payrecon-cli config: the actions are &quot;show&quot;, &quot;set-secret KEY&quot; and &quot;clear-secret KEY&quot; (the value comes from standard input, never from the command line)</source>
        <translation>payrecon-cli config: 사용할 수 있는 작업은 &quot;show&quot;, &quot;set-secret KEY&quot;, &quot;clear-secret KEY&quot;입니다(값은 명령줄이 아니라 표준 입력으로 받습니다)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sources (the window&apos;s last run)</source>
        <translation>원본 (창의 마지막 대사 실행)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set (PAYRECON_LEDGER_PASSWORD)</source>
        <translation>설정되지 않음 (PAYRECON_LEDGER_PASSWORD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secrets</source>
        <translation>비밀 값</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>available (service &quot;%1&quot;)</source>
        <translation>사용 가능(서비스 &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available: %1 Secrets come from the environment and the owner-only settings file.</source>
        <translation>사용 불가: %1 비밀 값은 환경 변수와 소유자만 읽을 수 있는 설정 파일에서 가져옵니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ready (payrecon-cli es-check tests it)</source>
        <translation>준비됨 (payrecon-cli es-check로 점검)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not set</source>
        <translation>설정되지 않음</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="-61"/>
        <source>Report a recorded run: its summary and its discrepancies with their resolutions and notes.</source>
        <translation>기록된 실행을 보고합니다: 요약과 차이 항목, 그 처리 내용과 메모.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run&apos;s id (see payrecon-cli runs).</source>
        <translation>실행 ID(payrecon-cli runs 참고).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the discrepancies with resolutions as CSV here.</source>
        <translation>처리 내용을 포함한 차이 항목을 이 CSV 파일로 씁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the run&apos;s signed reconciliation report as PDF here, with today&apos;s resolutions.</source>
        <translation>이 대사 실행의 결재용 대사 보고서를 오늘 기준 처리 결과와 함께 이 경로에 PDF로 저장합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>payrecon-cli report: give --run ID (see payrecon-cli runs)</source>
        <translation>payrecon-cli report: --run ID를 지정하십시오(payrecon-cli runs 참고)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run %1: %2 to %3, VAN file %4 (SHA-256 %5)</source>
        <translation>실행 %1: %2 ~ %3, VAN 파일 %4 (SHA-256 %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ledger records, %2 VAN records, %3 matched, %4 discrepancies</source>
        <translation>원장 %1건, VAN %2건, 일치 %3건, 차이 %4건</translation>
    </message>
    <message>
        <location filename="../app/cli/resolvecommand.cpp" line="+16"/>
        <source>Resolve open items (all of them as one action, all or nothing), or undo your last action.</source>
        <translation>미결 항목을 처리하거나(하나의 작업으로 모두 처리하거나 전혀 처리하지 않음) 마지막 작업을 실행 취소합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An item id; repeat for a bulk action.</source>
        <translation>항목 ID. 일괄 처리하려면 반복해서 지정합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accept_ledger, accept_van, write_off, pending or pair.</source>
        <translation>accept_ledger, accept_van, write_off, pending 또는 pair.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason code.</source>
        <translation>사유 코드.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why (required).</source>
        <translation>처리 이유(필수).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version you reviewed (single item); refused if someone changed it since.</source>
        <translation>검토한 버전(항목 하나). 그 뒤 다른 사람이 변경했으면 거부됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator name for the audit trail.</source>
        <translation>감사 기록에 남길 담당자 이름.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo your last action instead.</source>
        <translation>대신 마지막 작업을 실행 취소합니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>payrecon-cli resolve: give --item ID (repeatable), --action and --note, or --undo</source>
        <translation>payrecon-cli resolve: --item ID(반복 가능), --action, --note를 지정하거나 --undo를 지정하십시오</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>item %1 (%2): %3</source>
        <translation>항목 %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/runrecorder.cpp" line="+51"/>
        <source>Recorded as run %1 in %2 (%3 open items).</source>
        <translation>%2에 실행 %1로 기록했습니다(미결 항목 %3건).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 open items of earlier runs matched late (%2 won): their counterparts arrived in this run.</source>
        <translation>이전 실행의 미결 항목 %1건이 지연 일치했습니다(%2원): 상대 거래가 이번 실행에 도착했습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="+20"/>
        <source>List the recorded reconciliation runs.</source>
        <translation>기록된 대사 실행 목록을 표시합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show at most this many runs.</source>
        <translation>최대 이만큼의 실행을 표시합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON instead of a table.</source>
        <translation>표 대신 JSON을 출력합니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished (KST)</source>
        <translation>완료 시각(KST)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>items</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>미결</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>지연 일치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAN file</source>
        <translation>VAN 파일</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No runs recorded in %1.</source>
        <translation>%1에 기록된 실행이 없습니다.</translation>
    </message>
</context>
</TS>
