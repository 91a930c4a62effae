<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionNotice</name>
    <message>
        <location filename="../../desk_app/gui/floor/notice.py" line="59"/>
        <source>Book for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/notice.py" line="60"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/notice.py" line="66"/>
        <source>Waiting wishes now fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/notice.py" line="87"/>
        <source>{a} – {b}: {time}, table {table}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desk_app/gui/app.py" line="88"/>
        <source>Cannot open the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="92"/>
        <source>No event yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="93"/>
        <source>There is no event in this database yet. Create a demo event (a fair in Arras, in the middle of its day) to try the desk?

To work on a real event, close this and import it with &apos;desk-app import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="103"/>
        <source>Cannot create the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingView</name>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="133"/>
        <source>Walk-in booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="135"/>
        <source>Type part of a name or company (accents and capitals do not matter) or scan a badge, for each of the two. The answer appears at once; Enter books it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="137"/>
        <source>Participant A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="138"/>
        <source>Participant B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="139"/>
        <source>Who asks? Name, company or badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="140"/>
        <source>Whom do they want to meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="141"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="219"/>
        <source>Pick two different participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="220"/>
        <source>A participant cannot meet themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="228"/>
        <source>Cannot look this up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="255"/>
        <source>Nothing free for both: looking for room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="256"/>
        <source>Trying to move a few unlocked later meetings. You can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="257"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="273"/>
        <source>The search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="274"/>
        <location filename="../../desk_app/gui/booking/view.py" line="283"/>
        <location filename="../../desk_app/gui/booking/view.py" line="345"/>
        <location filename="../../desk_app/gui/booking/view.py" line="386"/>
        <source>Put on wait list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="281"/>
        <source>Search cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="282"/>
        <location filename="../../desk_app/gui/booking/view.py" line="385"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="307"/>
        <source>Booked: {time}, table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="311"/>
        <source>Pick two participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="312"/>
        <source>The answer appears here as soon as both are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="318"/>
        <source>Both free at {time}, table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="320"/>
        <source>Press Enter to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="320"/>
        <source>Book (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="323"/>
        <source>{a} – {b}: {t1} table {x1} → {t2} table {x2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="334"/>
        <source>Possible at {time}, table {table} if {n} meeting(s) move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="338"/>
        <source>Agendas to reprint: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="339"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="339"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="344"/>
        <source>Cannot be booked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="384"/>
        <source>Proposal rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="398"/>
        <source>On the wait list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="399"/>
        <source>It will be offered as soon as a table frees up for both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <location filename="../../desk_app/gui/reception/camera.py" line="44"/>
        <source>Scanning with the camera needs two packages: install them with pip install &apos;desk-app[camera]&apos;, then restart the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/camera.py" line="48"/>
        <source>No camera was found: plug one in and restart the desk, or use a USB scanner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <location filename="../../desk_app/gui/reception/camera.py" line="111"/>
        <source>The camera cannot be used (busy or unplugged). Use the USB scanner or Find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/camera.py" line="119"/>
        <source>Scan with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/camera.py" line="120"/>
        <source>Hold the badge&apos;s QR code in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/camera.py" line="121"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellDetailsPanel</name>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="160"/>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="162"/>
        <source>Only this meeting: the other one is free for someone waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="163"/>
        <source>No-show today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="165"/>
        <source>Absent for the whole day: all their meetings are dropped and their partners freed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="167"/>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="168"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="169"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="170"/>
        <source>↶ Undo last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="199"/>
        <source>Table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="200"/>
        <source>Round {n}, {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="207"/>
        <source>Take table {table} out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="209"/>
        <source>Put table {table} back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="215"/>
        <source>⚑ Locked: re-solves will not move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="221"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="221"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="227"/>
        <source>Click a cell for its details and actions; drag a meeting onto a free table of the same round to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="235"/>
        <source>No more rounds today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="240"/>
        <source>Round {n} · now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="242"/>
        <source>Next: round {n} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="247"/>
        <source>Free tables: {free} · waiting for someone: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="250"/>
        <source>Missing now ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="254"/>
        <source>⚠ Table {table} — {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="257"/>
        <source>{here} is waiting at table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="259"/>
        <source>Free tables ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="262"/>
        <source>○ Table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="288"/>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="299"/>
        <source>This table is out of service: nothing is booked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="301"/>
        <source>{a} and {b} did not meet (no-show). The table is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="304"/>
        <source>The meeting {a} / {b} was cancelled. The table is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="306"/>
        <source>Free table: book a walk-in here from the Walk-in tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="311"/>
        <source>to free table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="315"/>
        <source>no free table in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="320"/>
        <source>with table {table}: {a} / {b}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCompare</name>
    <message>
        <location filename="../../desk_app/gui/booking/day_compare.py" line="75"/>
        <source>Their remaining rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/day_compare.py" line="76"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/day_compare.py" line="86"/>
        <source>○ free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/day_compare.py" line="89"/>
        <source>● Table {table} · {partner}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskHeader</name>
    <message>
        <location filename="../../desk_app/gui/header.py" line="256"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="258"/>
        <source>Online — 1 check-in to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="259"/>
        <source>Online — {count} check-ins to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="263"/>
        <source>The database cannot be read; retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="265"/>
        <source>Offline — 1 check-in queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="266"/>
        <source>Offline — {count} check-ins queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="306"/>
        <source>No rounds planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="309"/>
        <source>Round {code} · {start}–{end} · {left} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="314"/>
        <source>All rounds are over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="317"/>
        <source>First round {code} at {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="319"/>
        <source>Break · round {code} starts at {start} (in {left} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="324"/>
        <source>Desk: {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="325"/>
        <source>CHECKED IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="326"/>
        <source>AT THIS DESK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="327"/>
        <source>MEETINGS NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="328"/>
        <source>FREE TABLES NOW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskState</name>
    <message>
        <location filename="../../desk_app/gui/state.py" line="167"/>
        <source>Another desk changed this a moment ago; the view is refreshed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/state.py" line="175"/>
        <source>That place was just taken (perhaps by another desk). The view is refreshed; please choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/state.py" line="182"/>
        <source>The database cannot be reached. Nothing was saved; check the network cable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorGuard</name>
    <message>
        <location filename="../../desk_app/gui/error_guard.py" line="32"/>
        <source>The database cannot be reached. Nothing was saved; check the network cable or the server, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <location filename="../../desk_app/gui/reception/find_panel.py" line="131"/>
        <source>Find needs the server, which cannot be reached right now. Badges are still checked in by scanning; try Find again when the header says Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/find_panel.py" line="192"/>
        <source>NO BADGE? FIND BY NAME OR COMPANY (CTRL+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/find_panel.py" line="193"/>
        <source>e.g. societe generale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/find_panel.py" line="194"/>
        <source>✔ Check in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/find_panel.py" line="195"/>
        <source>NOT ON THE LIST, OR A MISTAKE?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/find_panel.py" line="196"/>
        <source>+ Register walk-in (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/find_panel.py" line="197"/>
        <source>↶ Undo last check-in (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorGrid</name>
    <message>
        <location filename="../../desk_app/gui/floor/painting.py" line="91"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/painting.py" line="110"/>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/painting.py" line="115"/>
        <source>{state} · table free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/painting.py" line="188"/>
        <source>Round {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/painting.py" line="190"/>
        <source>Now · {round}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/painting.py" line="234"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/painting.py" line="248"/>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/painting.py" line="251"/>
        <source>○ {n} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/painting.py" line="252"/>
        <source>✖ none free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="174"/>
        <source>Find a company or person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="175"/>
        <source>▶ Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="176"/>
        <source>Scroll to the round running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="190"/>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="307"/>
        <source>Round {n} until {end} · free tables now: {free}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="192"/>
        <source>No zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="303"/>
        <source>No round running now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="402"/>
        <source>Import &amp;participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="404"/>
        <source>Import &amp;wishes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="154"/>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="155"/>
        <source>Import wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="158"/>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="355"/>
        <source>Choose the list (.xlsx or .csv), or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="159"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="160"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="161"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="162"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="172"/>
        <source>Choose the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="173"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="191"/>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="247"/>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="273"/>
        <source>Reads as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="286"/>
        <source>Encoding: {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="289"/>
        <source>Check these names, the encoding is uncertain: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="304"/>
        <source>Rows to correct in the file: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="308"/>
        <source>Map at least the required columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/organiser/import_dialog.py" line="333"/>
        <source>Imported: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="249"/>
        <source>No backup yet (one every 5 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="252"/>
        <source>Backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="256"/>
        <source>Last backup {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="286"/>
        <source>The French translation is missing from this installation; run &apos;make translations&apos;. The interface stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="291"/>
        <source>{event} — desk {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="293"/>
        <source>Reception  F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="293"/>
        <source>Floor  F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="294"/>
        <source>Walk-in booking  F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="295"/>
        <source>Participants  F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="300"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="301"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="302"/>
        <source>⚙ Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="303"/>
        <source>Desk: {desk}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDetails</name>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="135"/>
        <source>Select a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="136"/>
        <source>Their agenda and contact details appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="143"/>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="145"/>
        <source>Here since {time} ({desk})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="148"/>
        <source>Absent: future meetings cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="150"/>
        <source>Expected, not checked in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="154"/>
        <source>No meetings today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="165"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="165"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="166"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="166"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="167"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="167"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="170"/>
        <source>TODAY&apos;S MEETINGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="171"/>
        <source>CONTACT DETAILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="172"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="173"/>
        <source>✔ Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="174"/>
        <source>✖ Mark absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="175"/>
        <source>Print agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/details.py" line="176"/>
        <source>Print badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="220"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="220"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="221"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="221"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="222"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="222"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="222"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="223"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="254"/>
        <source>Here {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="257"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="258"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="264"/>
        <source>(walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="193"/>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="234"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="256"/>
        <source>Mark absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="257"/>
        <source>Mark {company} absent? Their meetings in rounds that have not started are cancelled and their partners freed. Undo is possible from the floor view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="275"/>
        <source>Filter by company, name, e-mail or id (accents ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="276"/>
        <source>Everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="276"/>
        <source>✔ Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="277"/>
        <source>○ Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="277"/>
        <source>✖ Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="278"/>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../desk_app/gui/reception/printing_actions.py" line="74"/>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="274"/>
        <source>refused code (nothing recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="276"/>
        <source>(already here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="304"/>
        <source>Check-in taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="305"/>
        <source>{company} is no longer counted as here. Their badge can be scanned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="342"/>
        <source>Registered and checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="343"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="344"/>
        <source>{company} ({name}) has the participant number {ext_id}. Print the badge now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="368"/>
        <source>Take back the check-in of {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="373"/>
        <source>SCAN A BADGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="374"/>
        <source>LAST SCANS AT THIS DESK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="375"/>
        <source>Scan a badge or type its code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="380"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="377"/>
        <source>Print agenda (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="378"/>
        <source>Print badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="93"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="94"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="95"/>
        <source>This desk&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="96"/>
        <source>Badge printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="97"/>
        <source>Agenda printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="98"/>
        <source>Table sheet printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="100"/>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="107"/>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="170"/>
        <source>Wait list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="108"/>
        <source>Nobody is waiting. Wishes that cannot be booked now can be put here; they are offered as soon as a table frees up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="129"/>
        <source>Loading the wait list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="168"/>
        <source>Wait list · {n} waiting, {k} can be booked now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="185"/>
        <source>✔ Fits now: {time}, table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="189"/>
        <source>○ Waiting: no free slot for both yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="199"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="80"/>
        <source>Register a walk-in participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="81"/>
        <source>For someone who is not on the participant list. They get a badge code at once; print the badge afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="83"/>
        <source>Company *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="83"/>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="84"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="84"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="85"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="87"/>
        <source>Check them in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="88"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="104"/>
        <source>Type the company name: it is printed on the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="108"/>
        <source>This e-mail address looks wrong. Correct it or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="19"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="20"/>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="21"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="22"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/menus.py" line="23"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PartyBox</name>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="56"/>
        <source>✖ Did not come to this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="58"/>
        <source>✔ Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="60"/>
        <source>○ Not checked in yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
