<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>App</name>
    <message>
        <location filename="../../desk_app/gui/app.py" line="66"/>
        <source>Cannot open the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="70"/>
        <source>No event yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="71"/>
        <source>There is no event in this database yet. Create a demo event (a fair in Arras, in the middle of its day) to try the desk?

To work on a real event, close this and import it with &apos;desk-app import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/app.py" line="80"/>
        <source>Cannot create the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingView</name>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="124"/>
        <source>Walk-in booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="126"/>
        <source>Type part of a name or company (accents and capitals do not matter) or scan a badge, for each of the two. The answer appears at once; Enter books it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="128"/>
        <source>Participant A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="129"/>
        <source>Participant B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="130"/>
        <source>Who asks? Name, company or badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="131"/>
        <source>Whom do they want to meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="132"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="206"/>
        <source>Pick two different participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="207"/>
        <source>A participant cannot meet themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="213"/>
        <source>Cannot look this up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="238"/>
        <source>Nothing free for both: looking for room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="239"/>
        <source>Trying to move a few unlocked later meetings. You can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="240"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="255"/>
        <source>The search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="256"/>
        <location filename="../../desk_app/gui/booking/view.py" line="265"/>
        <location filename="../../desk_app/gui/booking/view.py" line="318"/>
        <location filename="../../desk_app/gui/booking/view.py" line="365"/>
        <source>Put on wait list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="263"/>
        <source>Search cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="264"/>
        <location filename="../../desk_app/gui/booking/view.py" line="364"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="281"/>
        <source>Booked: {time}, table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="285"/>
        <source>Pick two participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="286"/>
        <source>The answer appears here as soon as both are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="292"/>
        <source>Both free at {time}, table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="294"/>
        <source>Press Enter to book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="294"/>
        <source>Book (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="297"/>
        <source>{a} – {b}: {t1} table {x1} → {t2} table {x2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="308"/>
        <source>Possible at {time}, table {table} if {n} meeting(s) move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="312"/>
        <source>Agendas to reprint: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="313"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="313"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="317"/>
        <source>Cannot be booked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="363"/>
        <source>Proposal rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="375"/>
        <source>On the wait list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/view.py" line="376"/>
        <source>It will be offered as soon as a table frees up for both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellDetailsPanel</name>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="137"/>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="139"/>
        <source>Only this meeting: the other one is free for someone waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="140"/>
        <source>No-show today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="142"/>
        <source>Absent for the whole day: all their meetings are dropped and their partners freed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="144"/>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="145"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="146"/>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="147"/>
        <source>↶ Undo last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="164"/>
        <source>Click a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="165"/>
        <source>to see the meeting and what can be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="168"/>
        <source>Drag a meeting onto a free table of the same round to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="173"/>
        <source> · zone {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="174"/>
        <source>Table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="175"/>
        <source>Round {n}, {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="182"/>
        <source>Take table {table} out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="184"/>
        <source>Put table {table} back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="190"/>
        <source>⚑ Locked: re-solves will not move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="196"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="196"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="202"/>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="213"/>
        <source>This table is out of service: nothing is booked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="215"/>
        <source>{a} and {b} did not meet (no-show). The table is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="218"/>
        <source>The meeting {a} / {b} was cancelled. The table is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="220"/>
        <source>Free table: book a walk-in here from the Walk-in tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="225"/>
        <source>to free table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="229"/>
        <source>no free table in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="234"/>
        <source>with table {table}: {a} / {b}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskHeader</name>
    <message>
        <location filename="../../desk_app/gui/header.py" line="225"/>
        <source>No rounds planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="228"/>
        <source>Round {code} · {start}–{end} · {left} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="233"/>
        <source>All rounds are over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="236"/>
        <source>First round {code} at {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="238"/>
        <source>Break · round {code} starts at {start} (in {left} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="243"/>
        <source>Desk: {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="244"/>
        <source>CHECKED IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="245"/>
        <source>AT THIS DESK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="246"/>
        <source>MEETINGS NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/header.py" line="247"/>
        <source>FREE TABLES NOW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskState</name>
    <message>
        <location filename="../../desk_app/gui/state.py" line="90"/>
        <source>Another desk changed this a moment ago; the view is refreshed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/state.py" line="98"/>
        <source>That place was just taken (perhaps by another desk). The view is refreshed; please choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/state.py" line="105"/>
        <source>The database cannot be reached. Nothing was saved; check the network cable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="141"/>
        <source>Find a company or person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="142"/>
        <source>▶ Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="143"/>
        <source>Scroll to the round running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="152"/>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="154"/>
        <source>Zone {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="155"/>
        <source>No zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="248"/>
        <source>No round running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/view.py" line="252"/>
        <source>Round {n} until {end} · {free} tables free now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="198"/>
        <source>Database connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="202"/>
        <source>Database unreachable: working offline, retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="231"/>
        <source>The French translation is missing from this installation; run &apos;make translations&apos;. The interface stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="236"/>
        <source>{event} — desk {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="238"/>
        <source>Reception  F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="238"/>
        <source>Floor  F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="239"/>
        <source>Walk-in booking  F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="240"/>
        <source>Participants  F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="243"/>
        <source>⚙ Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/main_window.py" line="244"/>
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
        <location filename="../../desk_app/gui/participants/model.py" line="157"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="157"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="158"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="158"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="159"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="159"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="159"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="160"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="185"/>
        <source>Here {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="188"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="189"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/model.py" line="195"/>
        <source>(walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="188"/>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="229"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="251"/>
        <source>Mark absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="252"/>
        <source>Mark {company} absent? Their meetings in rounds that have not started are cancelled and their partners freed. Undo is possible from the floor view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="266"/>
        <source>Filter by company, name, e-mail or id (accents ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="267"/>
        <source>Everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="267"/>
        <source>✔ Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="268"/>
        <source>○ Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="268"/>
        <source>✖ Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/participants/view.py" line="269"/>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../desk_app/gui/reception/printing_actions.py" line="60"/>
        <source>Agenda — {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/printing_actions.py" line="80"/>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="283"/>
        <source>Check-in taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="284"/>
        <source>{company} is no longer counted as here. Their badge can be scanned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="310"/>
        <source>Registered and checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="311"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="314"/>
        <source>{company} ({name}) has the participant number {ext_id}. Print the badge now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="365"/>
        <source>Take back the check-in of {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="370"/>
        <source>SCAN A BADGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="371"/>
        <source>Scan a badge or type its code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="373"/>
        <source>NO BADGE? FIND BY NAME OR COMPANY (CTRL+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="374"/>
        <source>e.g. societe generale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="375"/>
        <source>✔ Check in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="376"/>
        <source>NOT ON THE LIST, OR A MISTAKE?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="377"/>
        <source>+ Register walk-in (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="378"/>
        <source>↶ Undo last check-in (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="379"/>
        <source>Print agenda (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/reception/view.py" line="380"/>
        <source>Print badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="84"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="85"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="86"/>
        <source>This desk&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="87"/>
        <source>Badge printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="88"/>
        <source>Agenda printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="89"/>
        <source>Table sheet printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/settings_dialog.py" line="91"/>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitlistPanel</name>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="103"/>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="126"/>
        <source>Wait list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="104"/>
        <source>Nobody is waiting. Wishes that cannot be booked now can be put here; they are offered as soon as a table frees up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="124"/>
        <source>Wait list · {n} waiting, {k} can be booked now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="141"/>
        <source>✔ Fits now: {time}, table {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="145"/>
        <source>○ Waiting: no free slot for both yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/booking/waitlist.py" line="154"/>
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
    <name>_PartyBox</name>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="53"/>
        <source>✖ Did not come to this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="55"/>
        <source>✔ Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desk_app/gui/floor/details.py" line="57"/>
        <source>○ Not checked in yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
