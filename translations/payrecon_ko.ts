<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CsvReport</name>
    <message>
        <location filename="../app/core/report/csvreport.cpp" line="+70"/>
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
        <location filename="../ui/charts/dashboardwidget.cpp" line="+84"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+134"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-73"/>
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
        <location line="+53"/>
        <source>Reconciliation outcomes</source>
        <translation>대사 결과</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcomes</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+28"/>
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
        <location line="+20"/>
        <source>Ledger records in hour %1</source>
        <translation>%1시 원장 거래</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VAN records in hour %1</source>
        <translation>%1시 VAN 거래</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+2"/>
        <source>Others</source>
        <translation>기타</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+50"/>
        <source>Million won</source>
        <translation>백만 원</translation>
    </message>
    <message>
        <location line="-41"/>
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
        <location line="+35"/>
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
    <name>DetailsPane</name>
    <message>
        <location filename="../ui/detailspane.cpp" line="+16"/>
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
    <name>LedgerDialog</name>
    <message>
        <location filename="../ui/ledgerdialog.cpp" line="+21"/>
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
        <location line="+13"/>
        <source>Unknown ledger URL &quot;%1&quot;: use sqlite:///path/ledger.db or mysql://user@host:port/database.</source>
        <translation>알 수 없는 원장 URL &quot;%1&quot;: sqlite:///path/ledger.db 또는 mysql://user@host:port/database 형식을 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../app/core/store/localstore.cpp" line="+26"/>
        <source>Store %1: %2 (statement: %3)</source>
        <translation>저장소 %1: %2 (SQL 문: %3)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot create the store folder %1</source>
        <translation>저장소 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the store %1: %2</source>
        <translation>저장소 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Store %1: &quot;%2&quot; has schema version %3, newer than this PayRecon understands (%4). Update PayRecon.</source>
        <translation>저장소 %1: &quot;%2&quot;의 스키마 버전 %3은(는) 이 PayRecon이 지원하는 버전(%4)보다 새롭습니다. PayRecon을 업데이트하십시오.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Store %1: %2</source>
        <translation>저장소 %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+77"/>
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
        <location line="+0"/>
        <source>Only in the ledger (%1)</source>
        <translation>원장에만 있음 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in the &amp;VAN file</source>
        <translation>VAN에만 있음(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+37"/>
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
        <location line="+35"/>
        <source>PayRecon</source>
        <translation>PayRecon</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reconciliation</source>
        <translation>대사</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rejected rows</source>
        <translation>거부된 행</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open &amp;demo</source>
        <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconcile the built-in demo ledger and VAN file.</source>
        <translation>내장 데모 원장과 VAN 파일을 대사합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose &amp;ledger…</source>
        <translation>원장 선택(&amp;L)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open VAN file…</source>
        <translation>VAN 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reconcile</source>
        <translation>대사 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy rows</source>
        <translation>행 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;Log Folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the grid with focus, as filtered and sorted, as CSV for Excel.</source>
        <translation>포커스가 있는 표를 현재 필터와 정렬 그대로 Excel용 CSV로 저장합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About PayRecon</source>
        <translation>PayRecon 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About PayRecon</source>
        <translation>PayRecon 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;PayRecon %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reconciles a card merchant&apos;s ledger against the VAN company&apos;s settlement file.&lt;/p&gt;&lt;p&gt;Logs: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PayRecon %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;카드 가맹점의 원장을 VAN사의 정산 파일과 대사합니다.&lt;/p&gt;&lt;p&gt;로그: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new language applies the next time PayRecon starts.</source>
        <translation>새 언어는 PayRecon을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Other…</source>
        <translation>기타…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only ledger rows from</source>
        <translation>원장 기간:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies to a SQL ledger: the dates are Seoul business days, both inclusive.</source>
        <translation>SQL 원장에 적용됩니다: 날짜는 서울 기준 영업일이며 시작일과 종료일을 모두 포함합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+67"/>
        <source>&lt;b&gt;Matched&lt;/b&gt;</source>
        <translation>&lt;b&gt;일치&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Discrepancies&lt;/b&gt;</source>
        <translation>&lt;b&gt;불일치&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search transaction id, approval number, card last 4 or merchant</source>
        <translation>거래 ID, 승인번호, 카드번호 끝 4자리 또는 가맹점 검색</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show every row again (clear the chart filter).</source>
        <translation>모든 행을 다시 표시합니다(차트 필터 해제).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No reconciliation yet.</source>
        <translation>아직 대사하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Preparing the demo dataset…</source>
        <translation>데모 데이터 준비 중…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Created the demo dataset in %1.</source>
        <translation>%1에 데모 데이터를 만들었습니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open the VAN settlement file</source>
        <translation>VAN 정산 파일 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement files (*.csv *.txt *.dat);;All files (*)</source>
        <translation>정산 파일 (*.csv *.txt *.dat);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mapping made for this file (not saved)</source>
        <translation>이 파일용으로 만든 매핑(저장 안 됨)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save it from the import dialog to keep it for the next files.</source>
        <translation>다음 파일에도 쓰려면 가져오기 대화 상자에서 프로필로 저장하십시오.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+26"/>
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
    <message>
        <location line="+9"/>
        <source>Cannot reconcile</source>
        <translation>대사할 수 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a ledger and a VAN file first, or open the demo.</source>
        <translation>먼저 원장과 VAN 파일을 선택하거나 데모를 여십시오.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The first day of the range is after the last day.</source>
        <translation>기간의 시작일이 종료일보다 늦습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reconciling…</source>
        <translation>대사 중…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rejected rows (%1)</source>
        <translation>거부된 행 (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reconciliation failed: %1</source>
        <translation>대사 실패: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconciliation failed</source>
        <translation>대사 실패</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: still showing the previous reconciliation.</source>
        <translation>취소됨: 이전 대사 결과를 계속 표시합니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled.</source>
        <translation>취소됨.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ledger and %2 VAN records: %3 matched, %4 discrepancies, %5 rejected rows. Net: ledger %6 won, VAN %7 won. (load %8 ms, match %9 ms)</source>
        <translation>원장 %1건, VAN %2건: 일치 %3건, 불일치 %4건, 거부된 행 %5건. 순액: 원장 %6원, VAN %7원. (불러오기 %8ms, 대사 %9ms)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter: %1 ✕</source>
        <translation>필터: %1 ✕</translation>
    </message>
    <message>
        <location line="+52"/>
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
    <message>
        <location line="+6"/>
        <source>Reconcile first: there is nothing to export yet.</source>
        <translation>먼저 대사를 실행하십시오: 아직 내보낼 내용이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matched</source>
        <translation>일치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>discrepancies</source>
        <translation>불일치</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel용 CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The grid shows no rows to export.</source>
        <translation>표에 내보낼 행이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting %1…</source>
        <translation>%1(으)로 내보내는 중…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일은 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location line="+0"/>
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
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../ui/models/previewmodel.cpp" line="+102"/>
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
    <name>ReconRowsModel</name>
    <message>
        <location filename="../ui/models/reconrowsmodel.cpp" line="+357"/>
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
        <location line="+37"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approval</source>
        <translation>승인</translation>
    </message>
    <message>
        <location line="+46"/>
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
    <name>SqlLedgerSource</name>
    <message>
        <location filename="../app/core/ledger/sqlledgersource.cpp" line="+87"/>
        <source>The Qt SQL driver %1 is not installed (available: %2).</source>
        <translation>Qt SQL 드라이버 %1이(가) 설치되어 있지 않습니다(사용 가능: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ledger file %1 does not exist.</source>
        <translation>원장 파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation>원장 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+234"/>
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
        <location line="+48"/>
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
        <location line="+19"/>
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
    <name>VanFilePreview</name>
    <message>
        <location filename="../app/core/import/vanfilepreview.cpp" line="+204"/>
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
        <location line="+85"/>
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
        <location filename="../ui/vanimportdialog.cpp" line="+92"/>
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
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+42"/>
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
        <location filename="../app/cli/reconcilecommand.cpp" line="+120"/>
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
        <location filename="../app/cli/main.cpp" line="+28"/>
        <source>Usage: payrecon-cli &lt;command&gt; [options]

Commands:
  demo        reconcile the embedded demo (created on first use)
  reconcile   match the ledger against a VAN settlement file
  generate    write a deterministic demo dataset with its ground truth

Run payrecon-cli &lt;command&gt; --help for the options of a command.
Options: --version, --help, --verbose (log progress to stderr)
</source>
        <translation>사용법: payrecon-cli &lt;명령&gt; [옵션]

명령:
  demo        내장 데모를 대사합니다(처음 사용할 때 생성)
  reconcile   원장을 VAN 정산 파일과 대사합니다
  generate    결정적인 데모 데이터와 정답 데이터를 씁니다

명령별 옵션은 payrecon-cli &lt;명령&gt; --help로 확인하십시오.
옵션: --version, --help, --verbose(진행 상황을 stderr에 기록)
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>payrecon-cli: unknown command &quot;%1&quot;

</source>
        <translation>payrecon-cli: 알 수 없는 명령 &quot;%1&quot;

</translation>
    </message>
    <message>
        <location filename="../app/cli/reconcilecommand.cpp" line="-95"/>
        <source>payrecon-cli: --%1 must be a date like 2026-11-24, not &quot;%2&quot;</source>
        <translation>payrecon-cli: --%1은(는) 2026-11-24 같은 날짜여야 합니다(입력값: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ledger: %1 (%2 records)</source>
        <translation>원장: %1 (%2건)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VAN:    %1 (%2, %3 records)</source>
        <translation>VAN:  %1 (%2, %3건)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+15"/>
        <source>payrecon-cli reconcile: give exactly one of --ledger or --ledger-csv, and --van and --profile</source>
        <translation>payrecon-cli reconcile: --ledger와 --ledger-csv 중 정확히 하나, 그리고 --van과 --profile을 지정하십시오</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+16"/>
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
        <location line="+11"/>
        <location line="+13"/>
        <source>payrecon-cli: cannot write %1: %2</source>
        <translation>payrecon-cli: %1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
</TS>
