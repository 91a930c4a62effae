<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ActionNotice</name>
        <message>
            <location filename="../../desk_app/gui/floor/notice.py" line="59" />
            <source>Book for them</source>
            <translation>Les réserver</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/notice.py" line="60" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/notice.py" line="66" />
            <source>Waiting wishes now fit:</source>
            <translation>Des souhaits en attente trouvent place :</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/notice.py" line="87" />
            <source>{a} – {b}: {time}, table {table}</source>
            <translation>{a} – {b} : {time}, table {table}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../desk_app/gui/app.py" line="88" />
            <source>Cannot open the event</source>
            <translation>Impossible d’ouvrir l’événement</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/app.py" line="92" />
            <source>No event yet</source>
            <translation>Aucun événement</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/app.py" line="93" />
            <source>There is no event in this database yet. Create a demo event (a fair in Arras, in the middle of its day) to try the desk?

To work on a real event, close this and import it with 'desk-app import'.</source>
            <translation>Cette base ne contient encore aucun événement. Créer un événement de démonstration (une convention à Arras, en milieu de journée) pour essayer l’accueil ?

Pour travailler sur un vrai événement, fermez cette fenêtre et importez-le avec « desk-app import ».</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/app.py" line="103" />
            <source>Cannot create the demo</source>
            <translation>Impossible de créer la démonstration</translation>
        </message>
    </context>
    <context>
        <name>BookingView</name>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="133" />
            <source>Walk-in booking</source>
            <translation>Rendez-vous sur place</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="135" />
            <source>Type part of a name or company (accents and capitals do not matter) or scan a badge, for each of the two. The answer appears at once; Enter books it.</source>
            <translation>Tapez une partie d’un nom ou d’une entreprise (accents et majuscules indifférents) ou scannez un badge, pour chacun des deux. La réponse s’affiche aussitôt ; Entrée réserve.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="137" />
            <source>Participant A</source>
            <translation>Participant A</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="138" />
            <source>Participant B</source>
            <translation>Participant B</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="139" />
            <source>Who asks? Name, company or badge</source>
            <translation>Qui demande ? Nom, entreprise ou badge</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="140" />
            <source>Whom do they want to meet?</source>
            <translation>Qui veut-il rencontrer ?</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="141" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="219" />
            <source>Pick two different participants</source>
            <translation>Choisissez deux participants différents</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="220" />
            <source>A participant cannot meet themselves.</source>
            <translation>Un participant ne peut pas se rencontrer lui-même.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="228" />
            <source>Cannot look this up</source>
            <translation>Recherche impossible</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="255" />
            <source>Nothing free for both: looking for room…</source>
            <translation>Rien de libre pour les deux : recherche d’une place…</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="256" />
            <source>Trying to move a few unlocked later meetings. You can keep working.</source>
            <translation>Essai de déplacement de quelques rendez-vous ultérieurs non verrouillés. Vous pouvez continuer à travailler.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="257" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="273" />
            <source>The search failed</source>
            <translation>La recherche a échoué</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="274" />
            <location filename="../../desk_app/gui/booking/view.py" line="283" />
            <location filename="../../desk_app/gui/booking/view.py" line="345" />
            <location filename="../../desk_app/gui/booking/view.py" line="386" />
            <source>Put on wait list</source>
            <translation>Mettre en liste d’attente</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="281" />
            <source>Search cancelled</source>
            <translation>Recherche annulée</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="282" />
            <location filename="../../desk_app/gui/booking/view.py" line="385" />
            <source>Nothing was changed.</source>
            <translation>Rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="307" />
            <source>Booked: {time}, table {table}</source>
            <translation>Réservé : {time}, table {table}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="311" />
            <source>Pick two participants</source>
            <translation>Choisissez deux participants</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="312" />
            <source>The answer appears here as soon as both are chosen.</source>
            <translation>La réponse s’affiche ici dès que les deux sont choisis.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="318" />
            <source>Both free at {time}, table {table}</source>
            <translation>Tous deux libres à {time}, table {table}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="320" />
            <source>Press Enter to book.</source>
            <translation>Appuyez sur Entrée pour réserver.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="320" />
            <source>Book (Enter)</source>
            <translation>Réserver (Entrée)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="323" />
            <source>{a} – {b}: {t1} table {x1} → {t2} table {x2}</source>
            <translation>{a} – {b} : {t1} table {x1} → {t2} table {x2}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="334" />
            <source>Possible at {time}, table {table} if {n} meeting(s) move</source>
            <translation>Possible à {time}, table {table} si {n} rendez-vous bougent</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="338" />
            <source>Agendas to reprint: {names}</source>
            <translation>Agendas à réimprimer : {names}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="339" />
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="339" />
            <source>Reject</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="344" />
            <source>Cannot be booked today</source>
            <translation>Impossible à réserver aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="384" />
            <source>Proposal rejected</source>
            <translation>Proposition refusée</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="398" />
            <source>On the wait list</source>
            <translation>En liste d’attente</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/view.py" line="399" />
            <source>It will be offered as soon as a table frees up for both.</source>
            <translation>Il sera proposé dès qu’une table se libère pour les deux.</translation>
        </message>
    </context>
    <context>
        <name>Camera</name>
        <message>
            <location filename="../../desk_app/gui/reception/camera.py" line="48" />
            <source>No camera was found: plug one in and restart the desk, or use a USB scanner.</source>
            <translation>Aucune caméra trouvée : branchez-en une et redémarrez le poste, ou utilisez un lecteur USB.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/camera.py" line="44" />
            <source>Scanning with the camera needs two packages: install them with pip install 'desk-app[camera]', then restart the desk.</source>
            <translation>Le scan par caméra demande deux paquets : installez-les avec pip install 'desk-app[camera]', puis redémarrez le poste.</translation>
        </message>
    </context>
    <context>
        <name>CameraScanDialog</name>
        <message>
            <location filename="../../desk_app/gui/reception/camera.py" line="111" />
            <source>The camera cannot be used (busy or unplugged). Use the USB scanner or Find.</source>
            <translation>La caméra est inutilisable (occupée ou débranchée). Utilisez la douchette USB ou la recherche.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/camera.py" line="119" />
            <source>Scan with the camera</source>
            <translation>Scanner avec la caméra</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/camera.py" line="120" />
            <source>Hold the badge's QR code in front of the camera.</source>
            <translation>Présentez le QR code du badge devant la caméra.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/camera.py" line="121" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>CellDetailsPanel</name>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="160" />
            <source>Did not come</source>
            <translation>Pas venu</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="162" />
            <source>Only this meeting: the other one is free for someone waiting</source>
            <translation>Pour ce rendez-vous seulement : l’autre devient disponible pour quelqu’un en attente</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="163" />
            <source>No-show today</source>
            <translation>Absent aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="165" />
            <source>Absent for the whole day: all their meetings are dropped and their partners freed</source>
            <translation>Absent toute la journée : tous ses rendez-vous sont annulés et ses partenaires libérés</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="167" />
            <source>Cancel meeting</source>
            <translation>Annuler le rendez-vous</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="168" />
            <source>Move</source>
            <translation>Déplacer</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="169" />
            <source>Swap</source>
            <translation>Échanger</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="170" />
            <source>↶ Undo last action</source>
            <translation>↶ Annuler la dernière action</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="199" />
            <source>Table {table}</source>
            <translation>Table {table}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="200" />
            <source>Round {n}, {start}–{end}</source>
            <translation>Tour {n}, {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="207" />
            <source>Take table {table} out of service</source>
            <translation>Mettre la table {table} hors service</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="209" />
            <source>Put table {table} back in service</source>
            <translation>Remettre la table {table} en service</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="215" />
            <source>⚑ Locked: re-solves will not move it.</source>
            <translation>⚑ Verrouillé : les recalculs ne le déplaceront pas.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="221" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="221" />
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="227" />
            <source>Click a cell for its details and actions; drag a meeting onto a free table of the same round to move it.</source>
            <translation>Cliquez sur une case pour voir le détail et les actions ; faites glisser un rendez-vous sur une table libre du même tour pour le déplacer.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="235" />
            <source>No more rounds today</source>
            <translation>Plus aucun tour aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="240" />
            <source>Round {n} · now</source>
            <translation>Tour {n} · en cours</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="242" />
            <source>Next: round {n} at {time}</source>
            <translation>Prochain : tour {n} à {time}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="247" />
            <source>Free tables: {free} · waiting for someone: {missing}</source>
            <translation>Tables libres : {free} · en attente de quelqu’un : {missing}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="250" />
            <source>Missing now ({n})</source>
            <translation>Absents maintenant ({n})</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="254" />
            <source>⚠ Table {table} — {missing}</source>
            <translation>⚠ Table {table} — {missing}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="257" />
            <source>{here} is waiting at table {table}</source>
            <translation>{here} attend à la table {table}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="259" />
            <source>Free tables ({n})</source>
            <translation>Tables libres ({n})</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="262" />
            <source>○ Table {table}</source>
            <translation>○ Table {table}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="288" />
            <source>Out of service</source>
            <translation>Hors service</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="299" />
            <source>This table is out of service: nothing is booked here.</source>
            <translation>Cette table est hors service : aucun rendez-vous n’y est placé.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="301" />
            <source>{a} and {b} did not meet (no-show). The table is free.</source>
            <translation>{a} et {b} ne se sont pas rencontrés (absence). La table est libre.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="304" />
            <source>The meeting {a} / {b} was cancelled. The table is free.</source>
            <translation>Le rendez-vous {a} / {b} a été annulé. La table est libre.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="306" />
            <source>Free table: book a walk-in here from the Walk-in tab.</source>
            <translation>Table libre : réservez un rendez-vous sur place depuis l’onglet Rendez-vous sur place.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="311" />
            <source>to free table {table}</source>
            <translation>vers la table libre {table}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="315" />
            <source>no free table in this round</source>
            <translation>aucune table libre dans ce tour</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="320" />
            <source>with table {table}: {a} / {b}</source>
            <translation>avec la table {table} : {a} / {b}</translation>
        </message>
    </context>
    <context>
        <name>DayCompare</name>
        <message>
            <location filename="../../desk_app/gui/booking/day_compare.py" line="75" />
            <source>Their remaining rounds</source>
            <translation>Leurs tours restants</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/day_compare.py" line="76" />
            <source>Round</source>
            <translation>Tour</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/day_compare.py" line="86" />
            <source>○ free</source>
            <translation>○ libre</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/day_compare.py" line="89" />
            <source>● Table {table} · {partner}</source>
            <translation>● Table {table} · {partner}</translation>
        </message>
    </context>
    <context>
        <name>DeskHeader</name>
        <message>
            <location filename="../../desk_app/gui/header.py" line="256" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="258" />
            <source>Online — 1 check-in to send</source>
            <translation>En ligne — 1 enregistrement à envoyer</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="259" />
            <source>Online — {count} check-ins to send</source>
            <translation>En ligne — {count} enregistrements à envoyer</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="263" />
            <source>The database cannot be read; retrying…</source>
            <translation>La base de données est illisible ; nouvel essai…</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="265" />
            <source>Offline — 1 check-in queued</source>
            <translation>Hors ligne — 1 enregistrement en attente</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="266" />
            <source>Offline — {count} check-ins queued</source>
            <translation>Hors ligne — {count} enregistrements en attente</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="306" />
            <source>No rounds planned</source>
            <translation>Aucun créneau prévu</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="309" />
            <source>Round {code} · {start}–{end} · {left} min left</source>
            <translation>Créneau {code} · {start}–{end} · encore {left} min</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="314" />
            <source>All rounds are over</source>
            <translation>Tous les créneaux sont terminés</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="317" />
            <source>First round {code} at {start}</source>
            <translation>Premier créneau {code} à {start}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="319" />
            <source>Break · round {code} starts at {start} (in {left} min)</source>
            <translation>Pause · créneau {code} à {start} (dans {left} min)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="324" />
            <source>Desk: {desk}</source>
            <translation>Poste : {desk}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="325" />
            <source>CHECKED IN</source>
            <translation>ARRIVÉS</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="326" />
            <source>AT THIS DESK</source>
            <translation>À CE POSTE</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="327" />
            <source>MEETINGS NOW</source>
            <translation>RDV EN COURS</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/header.py" line="328" />
            <source>FREE TABLES NOW</source>
            <translation>TABLES LIBRES</translation>
        </message>
    </context>
    <context>
        <name>DeskState</name>
        <message>
            <location filename="../../desk_app/gui/state.py" line="167" />
            <source>Another desk changed this a moment ago; the view is refreshed. Please try again.</source>
            <translation>Un autre poste vient de modifier ceci ; l’affichage est à jour. Recommencez, s’il vous plaît.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/state.py" line="175" />
            <source>That place was just taken (perhaps by another desk). The view is refreshed; please choose again.</source>
            <translation>Cette place vient d’être prise (peut-être par un autre poste). L’affichage est à jour ; choisissez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/state.py" line="182" />
            <source>The database cannot be reached. Nothing was saved; check the network cable and try again.</source>
            <translation>La base de données est injoignable. Rien n’a été enregistré ; vérifiez le câble réseau et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>ErrorGuard</name>
        <message>
            <location filename="../../desk_app/gui/error_guard.py" line="32" />
            <source>The database cannot be reached. Nothing was saved; check the network cable or the server, then try again.</source>
            <translation>La base de données est injoignable. Rien n’a été enregistré ; vérifiez le câble réseau ou le serveur, puis réessayez.</translation>
        </message>
        <message>
            <source>Something went wrong ({error}). Nothing was saved half-way; try again, and if it happens again tell the organiser (details in {log}).</source>
            <translation>Un problème est survenu ({error}). Rien n’a été enregistré à moitié ; réessayez, et si cela se reproduit, prévenez l’organisateur (détails dans {log}).</translation>
        </message>
    </context>
    <context>
        <name>FindPanel</name>
        <message>
            <location filename="../../desk_app/gui/reception/find_panel.py" line="131" />
            <source>Find needs the server, which cannot be reached right now. Badges are still checked in by scanning; try Find again when the header says Online.</source>
            <translation>La recherche a besoin du serveur, injoignable pour l’instant. Les arrivées s’enregistrent toujours en scannant les badges ; réessayez la recherche quand l’en-tête indique En ligne.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/find_panel.py" line="192" />
            <source>NO BADGE? FIND BY NAME OR COMPANY (CTRL+F)</source>
            <translation>PAS DE BADGE ? CHERCHER PAR NOM OU SOCIÉTÉ (CTRL+F)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/find_panel.py" line="193" />
            <source>e.g. societe generale</source>
            <translation>ex. : societe generale</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/find_panel.py" line="194" />
            <source>✔ Check in (Enter)</source>
            <translation>✔ Enregistrer l’arrivée (Entrée)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/find_panel.py" line="195" />
            <source>NOT ON THE LIST, OR A MISTAKE?</source>
            <translation>PAS SUR LA LISTE, OU UNE ERREUR ?</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/find_panel.py" line="196" />
            <source>+ Register walk-in (Ctrl+N)</source>
            <translation>+ Inscrire sur place (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/find_panel.py" line="197" />
            <source>↶ Undo last check-in (Ctrl+Z)</source>
            <translation>↶ Annuler la dernière arrivée (Ctrl+Z)</translation>
        </message>
    </context>
    <context>
        <name>FloorGrid</name>
        <message>
            <location filename="../../desk_app/gui/floor/painting.py" line="91" />
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/painting.py" line="110" />
            <source>Out of service</source>
            <translation>Hors service</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/painting.py" line="115" />
            <source>{state} · table free</source>
            <translation>{state} · table libre</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/painting.py" line="188" />
            <source>Round {n}</source>
            <translation>Tour {n}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/painting.py" line="190" />
            <source>Now · {round}</source>
            <translation>En cours · {round}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/painting.py" line="234" />
            <source>Free</source>
            <translation>Libres</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/painting.py" line="248" />
            <source>over</source>
            <translation>terminé</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/painting.py" line="251" />
            <source>○ {n} free</source>
            <translation>○ {n} libre(s)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/painting.py" line="252" />
            <source>✖ none free</source>
            <translation>✖ aucune libre</translation>
        </message>
    </context>
    <context>
        <name>FloorView</name>
        <message>
            <location filename="../../desk_app/gui/floor/view.py" line="174" />
            <source>Find a company or person…</source>
            <translation>Chercher une entreprise ou une personne…</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/view.py" line="175" />
            <source>▶ Now</source>
            <translation>▶ Maintenant</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/view.py" line="176" />
            <source>Scroll to the round running now</source>
            <translation>Aller au tour en cours</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/view.py" line="190" />
            <source>All zones</source>
            <translation>Toutes les zones</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/view.py" line="307" />
            <source>Round {n} until {end} · free tables now: {free}</source>
            <translation>Tour {n} jusqu’à {end} · tables libres maintenant : {free}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/view.py" line="192" />
            <source>No zone</source>
            <translation>Sans zone</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/view.py" line="303" />
            <source>No round running now</source>
            <translation>Aucun tour en cours</translation>
        </message>
    </context>
    <context>
        <name>ImportActions</name>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="402" />
            <source>Import &amp;participants…</source>
            <translation>Importer des &amp;participants…</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="404" />
            <source>Import &amp;wishes…</source>
            <translation>Importer des &amp;souhaits…</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="154" />
            <source>Import participants</source>
            <translation>Importer des participants</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="155" />
            <source>Import wishes</source>
            <translation>Importer des souhaits de rendez-vous</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="158" />
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="355" />
            <source>Choose the list (.xlsx or .csv), or drop it here.</source>
            <translation>Choisissez la liste (.xlsx ou .csv), ou déposez-la ici.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="159" />
            <source>Choose a file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="160" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="161" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="162" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="172" />
            <source>Choose the list</source>
            <translation>Choisir la liste</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="173" />
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
            <translation>Tableurs (*.xlsx *.xlsm *.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="191" />
            <source>Reading {file}…</source>
            <translation>Lecture de {file}…</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="247" />
            <source>(ignored)</source>
            <translation>(ignorée)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="273" />
            <source>Reads as</source>
            <translation>Lue comme</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="286" />
            <source>Encoding: {encoding}</source>
            <translation>Encodage : {encoding}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="289" />
            <source>Check these names, the encoding is uncertain: {words}</source>
            <translation>Vérifiez ces noms, l’encodage est incertain : {words}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="304" />
            <source>Rows to correct in the file: {count}</source>
            <translation>Lignes à corriger dans le fichier : {count}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="308" />
            <source>Map at least the required columns.</source>
            <translation>Associez au moins les colonnes obligatoires.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/organiser/import_dialog.py" line="333" />
            <source>Imported: {what}</source>
            <translation>Importé : {what}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="249" />
            <source>No backup yet (one every 5 minutes)</source>
            <translation>Pas encore de sauvegarde (une toutes les 5 minutes)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="252" />
            <source>Backup failed: {reason}</source>
            <translation>Échec de la sauvegarde : {reason}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="256" />
            <source>Last backup {time}</source>
            <translation>Dernière sauvegarde {time}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="286" />
            <source>The French translation is missing from this installation; run 'make translations'. The interface stays in English.</source>
            <translation>La traduction française manque dans cette installation ; lancez « make translations ». L’interface reste en anglais.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="291" />
            <source>{event} — desk {desk}</source>
            <translation>{event} — poste {desk}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="293" />
            <source>Reception  F1</source>
            <translation>Accueil  F1</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="293" />
            <source>Floor  F2</source>
            <translation>Salle  F2</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="294" />
            <source>Walk-in booking  F3</source>
            <translation>RDV sur place  F3</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="295" />
            <source>Participants  F4</source>
            <translation>Participants  F4</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="300" />
            <source>&amp;Settings…</source>
            <translation>&amp;Réglages…</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="301" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="302" />
            <source>⚙ Settings</source>
            <translation>⚙ Réglages</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/main_window.py" line="303" />
            <source>Desk: {desk}</source>
            <translation>Poste : {desk}</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDetails</name>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="135" />
            <source>Select a participant</source>
            <translation>Choisissez un participant</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="136" />
            <source>Their agenda and contact details appear here.</source>
            <translation>Son planning et ses coordonnées s’affichent ici.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="143" />
            <source>walk-in</source>
            <translation>inscrit sur place</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="145" />
            <source>Here since {time} ({desk})</source>
            <translation>Arrivé à {time} ({desk})</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="148" />
            <source>Absent: future meetings cancelled</source>
            <translation>Absent : rendez-vous à venir annulés</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="150" />
            <source>Expected, not checked in yet</source>
            <translation>Attendu, pas encore arrivé</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="154" />
            <source>No meetings today.</source>
            <translation>Aucun rendez-vous aujourd’hui.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="165" />
            <source>Company</source>
            <translation>Société</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="165" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="166" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="166" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="167" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="167" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="170" />
            <source>TODAY'S MEETINGS</source>
            <translation>RENDEZ-VOUS DU JOUR</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="171" />
            <source>CONTACT DETAILS</source>
            <translation>COORDONNÉES</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="172" />
            <source>Save changes</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="173" />
            <source>✔ Check in</source>
            <translation>✔ Enregistrer l’arrivée</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="174" />
            <source>✖ Mark absent</source>
            <translation>✖ Déclarer absent</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="175" />
            <source>Print agenda</source>
            <translation>Imprimer le planning</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/details.py" line="176" />
            <source>Print badge</source>
            <translation>Imprimer le badge</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="220" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="220" />
            <source>Company</source>
            <translation>Société</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="221" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="221" />
            <source>Meetings</source>
            <translation>RDV</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="222" />
            <source>Id</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="222" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="222" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="223" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="254" />
            <source>Here {time}</source>
            <translation>Arrivé {time}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="257" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="258" />
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/model.py" line="264" />
            <source>(walk-in)</source>
            <translation>(sur place)</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsView</name>
        <message>
            <location filename="../../desk_app/gui/participants/view.py" line="193" />
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/view.py" line="234" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/view.py" line="256" />
            <source>Mark absent</source>
            <translation>Déclarer absent</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/view.py" line="257" />
            <source>Mark {company} absent? Their meetings in rounds that have not started are cancelled and their partners freed. Undo is possible from the floor view.</source>
            <translation>Déclarer {company} absent ? Ses rendez-vous des créneaux non commencés sont annulés et ses partenaires libérés. Annulation possible depuis la vue Salle.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/view.py" line="275" />
            <source>Filter by company, name, e-mail or id (accents ignored)</source>
            <translation>Filtrer par société, nom, e-mail ou n° (accents ignorés)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/view.py" line="276" />
            <source>Everybody</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/view.py" line="276" />
            <source>✔ Here</source>
            <translation>✔ Arrivés</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/view.py" line="277" />
            <source>○ Expected</source>
            <translation>○ Attendus</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/view.py" line="277" />
            <source>✖ Absent</source>
            <translation>✖ Absents</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/participants/view.py" line="278" />
            <source>Walk-ins</source>
            <translation>Inscrits sur place</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <location filename="../../desk_app/gui/reception/printing_actions.py" line="74" />
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Agenda — {company}</source>
            <translation>Planning — {company}</translation>
        </message>
    </context>
    <context>
        <name>ReceptionView</name>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="274" />
            <source>refused code (nothing recorded)</source>
            <translation>code refusé (rien d’enregistré)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="276" />
            <source>(already here)</source>
            <translation>(déjà arrivé)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="304" />
            <source>Check-in taken back</source>
            <translation>Arrivée annulée</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="305" />
            <source>{company} is no longer counted as here. Their badge can be scanned again.</source>
            <translation>{company} n’est plus compté comme arrivé. Son badge peut être scanné à nouveau.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="342" />
            <source>Registered and checked in</source>
            <translation>Inscrit et arrivé</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="343" />
            <source>Registered</source>
            <translation>Inscrit</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="344" />
            <source>{company} ({name}) has the participant number {ext_id}. Print the badge now.</source>
            <translation>{company} ({name}) a le numéro de participant {ext_id}. Imprimez le badge maintenant.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="368" />
            <source>Take back the check-in of {company}</source>
            <translation>Annuler l’arrivée de {company}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="373" />
            <source>SCAN A BADGE</source>
            <translation>SCANNEZ UN BADGE</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="374" />
            <source>LAST SCANS AT THIS DESK</source>
            <translation>DERNIERS SCANS À CE POSTE</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="375" />
            <source>Scan a badge or type its code, then Enter</source>
            <translation>Scannez ou tapez un code, puis Entrée</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="380" />
            <source>Camera</source>
            <translation>Caméra</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="377" />
            <source>Print agenda (Ctrl+P)</source>
            <translation>Imprimer le planning (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/view.py" line="378" />
            <source>Print badge</source>
            <translation>Imprimer le badge</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desk_app/gui/settings_dialog.py" line="93" />
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/settings_dialog.py" line="94" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/settings_dialog.py" line="95" />
            <source>This desk's name</source>
            <translation>Nom de ce poste</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/settings_dialog.py" line="96" />
            <source>Badge printer</source>
            <translation>Imprimante des badges</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/settings_dialog.py" line="97" />
            <source>Agenda printer</source>
            <translation>Imprimante des plannings</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/settings_dialog.py" line="98" />
            <source>Table sheet printer</source>
            <translation>Imprimante des fiches de table</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/settings_dialog.py" line="100" />
            <source>Ask each time</source>
            <translation>Demander à chaque fois</translation>
        </message>
    </context>
    <context>
        <name>WaitlistPanel</name>
        <message>
            <location filename="../../desk_app/gui/booking/waitlist.py" line="107" />
            <location filename="../../desk_app/gui/booking/waitlist.py" line="170" />
            <source>Wait list</source>
            <translation>Liste d’attente</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/waitlist.py" line="108" />
            <source>Nobody is waiting. Wishes that cannot be booked now can be put here; they are offered as soon as a table frees up.</source>
            <translation>Personne n’attend. Les souhaits impossibles à réserver maintenant peuvent être mis ici ; ils sont proposés dès qu’une table se libère.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/waitlist.py" line="129" />
            <source>Loading the wait list…</source>
            <translation>Chargement de la liste d’attente…</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/waitlist.py" line="168" />
            <source>Wait list · {n} waiting, {k} can be booked now</source>
            <translation>Liste d’attente · {n} en attente, {k} réservables maintenant</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/waitlist.py" line="185" />
            <source>✔ Fits now: {time}, table {table}</source>
            <translation>✔ Possible maintenant : {time}, table {table}</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/waitlist.py" line="189" />
            <source>○ Waiting: no free slot for both yet</source>
            <translation>○ En attente : pas encore de créneau libre pour les deux</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/booking/waitlist.py" line="199" />
            <source>Book</source>
            <translation>Réserver</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="80" />
            <source>Register a walk-in participant</source>
            <translation>Inscrire un participant sur place</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="81" />
            <source>For someone who is not on the participant list. They get a badge code at once; print the badge afterwards.</source>
            <translation>Pour une personne absente de la liste des participants. Elle reçoit tout de suite un code de badge ; imprimez le badge ensuite.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="83" />
            <source>Company *</source>
            <translation>Société *</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="83" />
            <source>Contact name</source>
            <translation>Nom du contact</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="84" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="84" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="85" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="87" />
            <source>Check them in now</source>
            <translation>Enregistrer l’arrivée maintenant</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="88" />
            <source>Register</source>
            <translation>Inscrire</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="104" />
            <source>Type the company name: it is printed on the badge.</source>
            <translation>Saisissez le nom de la société : il est imprimé sur le badge.</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/reception/walk_in_dialog.py" line="108" />
            <source>This e-mail address looks wrong. Correct it or leave it empty.</source>
            <translation>Cette adresse e-mail semble fausse. Corrigez-la ou laissez le champ vide.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <location filename="../../desk_app/gui/menus.py" line="19" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/menus.py" line="20" />
            <source>&amp;Event</source>
            <translation>&amp;Événement</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/menus.py" line="21" />
            <source>&amp;Print</source>
            <translation>&amp;Impression</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/menus.py" line="22" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/menus.py" line="23" />
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
    </context>
    <context>
        <name>_PartyBox</name>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="56" />
            <source>✖ Did not come to this meeting</source>
            <translation>✖ Pas venu à ce rendez-vous</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="58" />
            <source>✔ Checked in</source>
            <translation>✔ Arrivé</translation>
        </message>
        <message>
            <location filename="../../desk_app/gui/floor/details.py" line="60" />
            <source>○ Not checked in yet</source>
            <translation>○ Pas encore arrivé</translation>
        </message>
    </context>
    <context>
        <name>DeskError</name>
        <message>
            <source>Another desk changed this participant a moment ago. The form shows their new details; check them and save again.</source>
            <translation>Un autre poste vient de modifier ce participant. Le formulaire montre ses nouvelles coordonnées ; vérifiez-les et enregistrez à nouveau.</translation>
        </message>
        <message>
            <source>The company name cannot be empty.</source>
            <translation>Le nom de la société ne peut pas être vide.</translation>
        </message>
        <message>
            <source>This participant is not checked in.</source>
            <translation>Ce participant n’est pas enregistré comme arrivé.</translation>
        </message>
        <message>
            <source>This participant no longer exists. Search again.</source>
            <translation>Ce participant n’existe plus. Cherchez à nouveau.</translation>
        </message>
        <message>
            <source>Type the company name: it is printed on the badge.</source>
            <translation>Saisissez le nom de la société : il est imprimé sur le badge.</translation>
        </message>
    </context>
    <context>
        <name>OfflineDesk</name>
        <message>
            <source>{count} people checked in here while the server was unreachable had already been checked in at another desk: counted once each, flagged for the organiser ({companies}).</source>
            <translation>{count} personnes enregistrées ici pendant que le serveur était injoignable étaient déjà arrivées à un autre poste : comptées une seule fois chacune, signalées à l’organisateur ({companies}).</translation>
        </message>
        <message>
            <source>{name} ({company}), checked in here while the server was unreachable, had already been checked in at {desk} at {time}: counted once, flagged for the organiser.</source>
            <translation>{name} ({company}), enregistré ici pendant que le serveur était injoignable, était déjà arrivé au poste {desk} à {time} : compté une seule fois, signalé à l’organisateur.</translation>
        </message>
    </context>
    <context>
        <name>PrintCentre</name>
        <message>
            <source>%n agenda(s) changed since last printed</source>
            <translation>%n agenda(s) modifié(s) depuis la dernière impression</translation>
        </message>
        <message>
            <source>%n agenda(s) to reprint: print them all</source>
            <translation>%n agenda(s) à réimprimer : les imprimer tous</translation>
        </message>
        <message>
            <source>%n document(s) printed.</source>
            <translation>%n document(s) imprimé(s).</translation>
        </message>
        <message>
            <source>%n document(s) ready: check the preview.</source>
            <translation>%n document(s) prêt(s) : vérifiez l’aperçu.</translation>
        </message>
        <message>
            <source>Agendas</source>
            <translation>Agendas</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelled: nothing was printed.</source>
            <translation>Annulé : rien n’a été imprimé.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Only the agendas that changed</source>
            <translation>Seulement les agendas modifiés</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preparing the documents...</source>
            <translation>Préparation des documents…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Print centre</source>
            <translation>Centre d’impression</translation>
        </message>
        <message>
            <source>Print centre...</source>
            <translation>Centre d’impression…</translation>
        </message>
        <message>
            <source>Print changed agendas (%n)</source>
            <translation>Imprimer les agendas modifiés (%n)</translation>
        </message>
        <message>
            <source>Print...</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Printing cancelled: nothing was recorded.</source>
            <translation>Impression annulée : rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>Save as PDF...</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Table sheets</source>
            <translation>Feuilles de table</translation>
        </message>
        <message>
            <source>The people ticked below</source>
            <translation>Les personnes cochées ci-dessous</translation>
        </message>
    </context>
    <context>
        <name>ReceptionMessages</name>
        <message>
            <source>Already checked in</source>
            <translation>Déjà arrivé</translation>
        </message>
        <message>
            <source>Already checked in at {time} at {desk}. Not counted twice.</source>
            <translation>Déjà arrivé à {time} au poste {desk}. Pas compté deux fois.</translation>
        </message>
        <message>
            <source>Already checked in at {time}. Not counted twice.</source>
            <translation>Déjà arrivé à {time}. Pas compté deux fois.</translation>
        </message>
        <message>
            <source>No meetings booked yet: the walk-in booking tab can add some.</source>
            <translation>Aucun rendez-vous pour l’instant : l’onglet RDV sur place peut en ajouter.</translation>
        </message>
        <message>
            <source>Not checked in</source>
            <translation>Arrivée non enregistrée</translation>
        </message>
        <message>
            <source>Nothing was recorded.</source>
            <translation>Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>Ready to scan</source>
            <translation>Prêt à scanner</translation>
        </message>
        <message>
            <source>Saved on this desk; it is sent to the server as soon as the server is back.</source>
            <translation>Enregistré sur ce poste ; envoyé au serveur dès son retour.</translation>
        </message>
        <message>
            <source>Scan a badge, or type its code and press Enter. No badge? Use Find on the right (Ctrl+F).</source>
            <translation>Scannez un badge, ou tapez son code puis Entrée. Pas de badge ? Utilisez la recherche à droite (Ctrl+F).</translation>
        </message>
        <message>
            <source>Table {label}</source>
            <translation>Table {label}</translation>
        </message>
        <message>
            <source>This badge belongs to another event. Ask the name and use Find to check the person in by hand.</source>
            <translation>Ce badge appartient à un autre événement. Demandez le nom et utilisez la recherche pour enregistrer l’arrivée à la main.</translation>
        </message>
        <message>
            <source>This badge code is not valid: mistyped, misread or altered. Scan again; if it fails, ask the name and use Find.</source>
            <translation>Ce code de badge n’est pas valide : mal tapé, mal lu ou modifié. Scannez à nouveau ; sinon demandez le nom et utilisez la recherche.</translation>
        </message>
        <message>
            <source>This badge is no longer in the participant list. Ask the name and use Find, or register them as a walk-in.</source>
            <translation>Ce badge n’est plus dans la liste des participants. Demandez le nom et utilisez la recherche, ou inscrivez la personne sur place.</translation>
        </message>
        <message>
            <source>This code was refused. Ask the name and use Find.</source>
            <translation>Ce code est refusé. Demandez le nom et utilisez la recherche.</translation>
        </message>
        <message>
            <source>This is not a badge of this event (or the scan was garbled). Scan again; if it fails, ask the name and use Find.</source>
            <translation>Ce n’est pas un badge de cet événement (ou la lecture a échoué). Scannez à nouveau ; sinon demandez le nom et utilisez la recherche.</translation>
        </message>
        <message>
            <source>Today's meetings ({count})</source>
            <translation>Rendez-vous du jour ({count})</translation>
        </message>
        <message>
            <source>Today's meetings cannot be shown while the server is unreachable.</source>
            <translation>Les rendez-vous du jour ne peuvent pas s’afficher tant que le serveur est injoignable.</translation>
        </message>
        <message>
            <source>Welcome!</source>
            <translation>Bienvenue !</translation>
        </message>
    </context>
    <context>
        <name>theme</name>
        <message>
            <source>Both present</source>
            <translation>Les deux présents</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Libre</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tenu</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>One missing</source>
            <translation>Un absent</translation>
        </message>
        <message>
            <source>Out of service</source>
            <translation>Hors service</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Prévu</translation>
        </message>
    </context>
</TS>
