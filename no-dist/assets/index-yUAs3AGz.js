const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/gameApp-CE9ZGiom.js","assets/rolldown-runtime-WkwZ5CU-.js","assets/phaser-DLtBbmQ5.js"])))=>i.map(i=>d[i]);
(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var e=JSON.parse(`{"$schema":"./mission.schema.json","formatVersion":1,"id":"shutdown","title":"Shutdown","arc":"Cardassian Struggle (before the 2015 revamp)","levelRange":{"min":36,"max":50},"prerequisites":[{"id":"war-games","title":"War Games"}],"offer":{"sector":"Bajor Sector","sectorBlock":"Beta Ursae Sector Block","zone":"ds9-offer","text":"Deep Space 9 is not answering hails, and the ships around it are holding weapons-ready. Starfleet wants someone aboard."},"historical":{"removedOn":"2015-10-27","release":"Season Eleven: New Dawn","note":"Star Trek Online retired this episode when the Cardassian Struggle arc was rebuilt for Season Eleven: New Dawn. This is a fan re-creation of it."},"briefing":{"summary":"Get aboard Deep Space 9 in the Bajor Sector and stop the Undine from taking it.","body":["Priority one: Deep Space 9 has fallen silent and a Cardassian and Jem'Hadar fleet sits outside it. Starfleet believes Undine agents hold the station and are steering those ships too.","Break the station's turned defenses, dock, and help the loyal crew fight their way back to Ops. Starfleet will not lose Deep Space 9."]},"completion":{"summary":"Deep Space 9 is back under Starfleet control, and T'Vala will not trouble anyone again."},"tags":[{"id":"station-defense","title":"Station defense"},{"id":"undine-fleet","title":"Undine-controlled ship"},{"id":"insurgent-group","title":"Insurgent group"},{"id":"federation-officer","title":"Federation Officer"},{"id":"undine-infiltrator","title":"Undine infiltrator"},{"id":"injured","title":"Injured crew"},{"id":"engineer","title":"Engineer"},{"id":"tvala","title":"T'Vala"},{"id":"tvala-team","title":"T'Vala's strike team"},{"id":"attacker","title":"Attacker"}],"contacts":[{"id":"starfleet-command","name":"Starfleet Command"}],"npcs":[{"id":"meyer","name":"Engineer Meyer","archetype":"engineer","faction":"ally","description":"A Starfleet engineer on Deep Space 9 who can restore station control from Ops."},{"id":"tvala","name":"T'Vala","archetype":"tvala","faction":"enemy","description":"The Undine agent who posed as the captain of the USS Athens."}],"maps":[{"id":"bajor-space","kind":"space","title":"Bajor Sector — Deep Space 9","file":"maps/bajor-space.tmj","zones":[{"id":"ds9-offer","title":"Approaching Deep Space 9","shape":{"type":"circle","x":0,"y":0,"r":4800}},{"id":"outside-ds9","title":"Outside Deep Space 9","shape":{"type":"circle","x":0,"y":0,"r":3200}},{"id":"ds9-approach","title":"Deep Space 9","shape":{"type":"circle","x":0,"y":0,"r":1600}},{"id":"ds9-docking","title":"Docking approach","shape":{"type":"circle","x":0,"y":0,"r":1000}},{"id":"system-edge","title":"Clear of the station","shape":{"type":"outside","x":0,"y":0,"r":2600}}],"points":[{"id":"warp-in","x":-4300,"y":3300,"angle":-0.65},{"id":"holding-position","x":3000,"y":2300,"angle":-2.4},{"id":"tower-1","x":415,"y":111},{"id":"tower-2","x":304,"y":304},{"id":"tower-3","x":111,"y":415},{"id":"tower-4","x":-111,"y":415},{"id":"tower-5","x":-304,"y":304},{"id":"tower-6","x":-415,"y":111},{"id":"tower-7","x":-415,"y":-111},{"id":"tower-8","x":-304,"y":-304},{"id":"tower-9","x":-111,"y":-415},{"id":"tower-10","x":111,"y":-415},{"id":"tower-11","x":304,"y":-304},{"id":"tower-12","x":415,"y":-111},{"id":"upper-pylon-1","x":0,"y":-860},{"id":"upper-pylon-2","x":745,"y":430},{"id":"upper-pylon-3","x":-745,"y":430},{"id":"lower-pylon-1","x":745,"y":-430},{"id":"lower-pylon-2","x":0,"y":860},{"id":"lower-pylon-3","x":-745,"y":-430},{"id":"fleet-north","x":200,"y":-2200},{"id":"fleet-east","x":2300,"y":-300},{"id":"fleet-south","x":-400,"y":2300},{"id":"attackers-west","x":-2400,"y":-600},{"id":"attackers-north","x":-600,"y":-2400}],"interactables":[{"id":"ds9-docking-port","kind":"dock","label":"Dock at Deep Space 9","zone":"ds9-docking","holdTicks":60},{"id":"depart-bajor","kind":"depart-system","label":"Depart System","zone":"system-edge","holdTicks":30}],"barriers":[]},{"id":"promenade","kind":"ground","title":"Deep Space 9 — Promenade","file":"maps/promenade.tmj","zones":[{"id":"promenade-entry","title":"The Promenade","shape":{"type":"rect","x":330,"y":300,"w":100,"h":400}}],"points":[{"id":"promenade-airlock","x":90,"y":500,"angle":0},{"id":"promenade-console","x":1650,"y":395},{"id":"insurgents-1","x":520,"y":420},{"id":"insurgents-2","x":560,"y":640},{"id":"insurgents-3","x":800,"y":360},{"id":"insurgents-4","x":820,"y":620},{"id":"insurgents-5","x":1000,"y":480},{"id":"insurgents-6","x":1150,"y":360},{"id":"insurgents-7","x":1180,"y":650},{"id":"insurgents-8","x":1350,"y":470},{"id":"insurgents-9","x":1500,"y":360},{"id":"insurgents-10","x":1520,"y":640}],"interactables":[{"id":"promenade-field-console","kind":"console","label":"Security field console","point":"promenade-console","radius":60,"holdTicks":90,"opens":"promenade-field"}],"barriers":[{"id":"promenade-field","label":"Security field","shape":{"type":"rect","x":1720,"y":430,"w":24,"h":140}}]},{"id":"habitat-corridors","kind":"ground","title":"Deep Space 9 — Habitat ring corridors","file":"maps/habitat-corridors.tmj","zones":[{"id":"turbolift-zone","title":"Turbolift","shape":{"type":"rect","x":2200,"y":100,"w":200,"h":200}}],"points":[{"id":"corridor-start","x":100,"y":200,"angle":0},{"id":"corridor-console","x":1840,"y":640},{"id":"meyer-post","x":2150,"y":700},{"id":"injured-1","x":320,"y":240},{"id":"injured-2","x":1100,"y":160},{"id":"injured-3","x":1950,"y":250},{"id":"injured-4","x":775,"y":450},{"id":"injured-5","x":1575,"y":470},{"id":"injured-6","x":300,"y":720},{"id":"injured-7","x":1000,"y":650},{"id":"injured-8","x":1700,"y":760},{"id":"squad-west","x":620,"y":200},{"id":"squad-south","x":1250,"y":700},{"id":"squad-east","x":1750,"y":180},{"id":"ambush","x":1250,"y":200}],"interactables":[{"id":"corridor-field-console","kind":"console","label":"Security field console","point":"corridor-console","radius":60,"holdTicks":90,"opens":"corridor-field"},{"id":"ops-turbolift","kind":"turbolift","label":"Turbolift to Ops","zone":"turbolift-zone","holdTicks":30}],"barriers":[{"id":"corridor-field","label":"Security field","shape":{"type":"rect","x":1900,"y":600,"w":24,"h":200}}]},{"id":"ops","kind":"ground","title":"Deep Space 9 — Ops","file":"maps/ops.tmj","zones":[],"points":[{"id":"ops-arrival","x":700,"y":860,"angle":-1.5708},{"id":"meyer-arrival","x":760,"y":880},{"id":"meyer-console","x":520,"y":500},{"id":"tvala-entry","x":700,"y":170},{"id":"officers-north","x":560,"y":200},{"id":"officers-east","x":1150,"y":420},{"id":"ops-pad","x":1180,"y":820}],"interactables":[{"id":"ops-transporter","kind":"transporter","label":"Transporter pad","point":"ops-pad","radius":70,"holdTicks":60}],"barriers":[]}],"scenes":[{"id":"space-bajor","kind":"space","title":"Bajor Sector — outside Deep Space 9","map":"bajor-space","start":"warp-in"},{"id":"ground-promenade","kind":"ground","title":"Deep Space 9 — Promenade","map":"promenade","start":"promenade-airlock"},{"id":"ground-corridors","kind":"ground","title":"Deep Space 9 — Habitat ring","map":"habitat-corridors","start":"corridor-start"},{"id":"ground-ops","kind":"ground","title":"Deep Space 9 — Ops","map":"ops","start":"ops-arrival"},{"id":"space-holding","kind":"space","title":"Bajor Sector — holding position","map":"bajor-space","start":"holding-position"}],"spawns":[{"id":"station-defenses","map":"bajor-space","title":"Station weapon emplacements","tags":["station-defense"],"at":["tower-1","tower-2","tower-3","tower-4","tower-5","tower-6","tower-7","tower-8","tower-9","tower-10","tower-11","tower-12","upper-pylon-1","upper-pylon-2","upper-pylon-3","lower-pylon-1","lower-pylon-2","lower-pylon-3"],"members":[{"archetype":"defense-emplacement","count":18,"tags":[]}],"behavior":"hold"},{"id":"fleet-wave-1","map":"bajor-space","title":"Cardassian patrol","tags":["undine-fleet"],"at":"fleet-north","members":[{"archetype":"galor","count":1,"tags":[]},{"archetype":"jemhadar-attack-ship","count":1,"tags":[]}],"behavior":"patrol"},{"id":"fleet-wave-2","map":"bajor-space","title":"Jem'Hadar strike","tags":["undine-fleet"],"at":"fleet-east","members":[{"archetype":"keldon","count":1,"tags":[]},{"archetype":"jemhadar-attack-ship","count":1,"tags":[]}],"behavior":"attack"},{"id":"fleet-wave-3","map":"bajor-space","title":"Cardassian reinforcements","tags":["undine-fleet"],"at":"fleet-south","members":[{"archetype":"galor","count":1,"tags":[]},{"archetype":"jemhadar-attack-ship","count":1,"tags":[]}],"behavior":"attack"},{"id":"final-attackers","map":"bajor-space","title":"Undine attack ships","tags":["attacker"],"at":["attackers-west","attackers-north"],"members":[{"archetype":"undine-attacker","count":2,"tags":[]}],"behavior":"attack"},{"id":"final-escorts","map":"bajor-space","title":"Cardassian escorts","tags":["undine-fleet"],"at":"attackers-west","members":[{"archetype":"keldon","count":1,"tags":[]}],"behavior":"attack"},{"id":"insurgent-group-1","map":"promenade","title":"Insurgent group 1","tags":["insurgent-group"],"at":"insurgents-1","members":[{"archetype":"federation-officer","count":2,"tags":["federation-officer"]},{"archetype":"undine-infiltrator","count":1,"tags":["undine-infiltrator"]}],"behavior":"hold"},{"id":"insurgent-group-2","map":"promenade","title":"Insurgent group 2","tags":["insurgent-group"],"at":"insurgents-2","members":[{"archetype":"federation-officer","count":2,"tags":["federation-officer"]},{"archetype":"undine-infiltrator","count":1,"tags":["undine-infiltrator"]}],"behavior":"hold"},{"id":"insurgent-group-3","map":"promenade","title":"Insurgent group 3","tags":["insurgent-group"],"at":"insurgents-3","members":[{"archetype":"federation-officer","count":2,"tags":["federation-officer"]},{"archetype":"undine-infiltrator","count":1,"tags":["undine-infiltrator"]}],"behavior":"hold"},{"id":"insurgent-group-4","map":"promenade","title":"Insurgent group 4","tags":["insurgent-group"],"at":"insurgents-4","members":[{"archetype":"federation-officer","count":2,"tags":["federation-officer"]},{"archetype":"undine-infiltrator","count":1,"tags":["undine-infiltrator"]}],"behavior":"hold"},{"id":"insurgent-group-5","map":"promenade","title":"Insurgent group 5","tags":["insurgent-group"],"at":"insurgents-5","members":[{"archetype":"federation-officer","count":1,"tags":["federation-officer"]},{"archetype":"undine-infiltrator","count":1,"tags":["undine-infiltrator"]}],"behavior":"hold"},{"id":"insurgent-group-6","map":"promenade","title":"Insurgent group 6","tags":["insurgent-group"],"at":"insurgents-6","members":[{"archetype":"federation-officer","count":1,"tags":["federation-officer"]},{"archetype":"undine-infiltrator","count":1,"tags":["undine-infiltrator"]}],"behavior":"hold"},{"id":"insurgent-group-7","map":"promenade","title":"Insurgent group 7","tags":["insurgent-group"],"at":"insurgents-7","members":[{"archetype":"federation-officer","count":1,"tags":["federation-officer"]},{"archetype":"undine-infiltrator","count":1,"tags":["undine-infiltrator"]}],"behavior":"hold"},{"id":"insurgent-group-8","map":"promenade","title":"Insurgent group 8","tags":["insurgent-group"],"at":"insurgents-8","members":[{"archetype":"federation-officer","count":1,"tags":["federation-officer"]},{"archetype":"undine-infiltrator","count":1,"tags":["undine-infiltrator"]}],"behavior":"hold"},{"id":"insurgent-group-9","map":"promenade","title":"Insurgent group 9","tags":["insurgent-group"],"at":"insurgents-9","members":[{"archetype":"federation-officer","count":1,"tags":["federation-officer"]},{"archetype":"undine-infiltrator","count":1,"tags":["undine-infiltrator"]}],"behavior":"hold"},{"id":"insurgent-group-10","map":"promenade","title":"Insurgent group 10","tags":["insurgent-group"],"at":"insurgents-10","members":[{"archetype":"federation-officer","count":1,"tags":["federation-officer"]},{"archetype":"undine-infiltrator","count":1,"tags":["undine-infiltrator"]}],"behavior":"hold"},{"id":"injured-crew","map":"habitat-corridors","title":"Injured station crew","tags":["injured"],"at":["injured-1","injured-2","injured-3","injured-4","injured-5","injured-6","injured-7","injured-8"],"members":[{"archetype":"injured-officer","count":8,"tags":[]}],"behavior":"hold"},{"id":"corridor-squad-west","map":"habitat-corridors","tags":[],"at":"squad-west","members":[{"archetype":"federation-officer","count":3,"tags":["federation-officer"]}],"behavior":"hold"},{"id":"corridor-squad-south","map":"habitat-corridors","tags":[],"at":"squad-south","members":[{"archetype":"federation-officer","count":3,"tags":["federation-officer"]}],"behavior":"hold"},{"id":"corridor-squad-east","map":"habitat-corridors","tags":[],"at":"squad-east","members":[{"archetype":"federation-officer","count":3,"tags":["federation-officer"]}],"behavior":"hold"},{"id":"corridor-ambush","map":"habitat-corridors","title":"Ambush","tags":[],"at":"ambush","members":[{"archetype":"federation-officer","count":4,"tags":["federation-officer"]}],"behavior":"attack"},{"id":"meyer-corridor","map":"habitat-corridors","tags":["engineer"],"at":"meyer-post","members":[{"archetype":"engineer","count":1,"npc":"meyer","tags":[]}],"behavior":"hold"},{"id":"meyer-ops","map":"ops","tags":["engineer"],"at":"meyer-console","members":[{"archetype":"engineer","count":1,"npc":"meyer","tags":[]}],"behavior":"hold"},{"id":"tvala-strike","map":"ops","title":"T'Vala's strike team","tags":["tvala-team"],"at":"tvala-entry","members":[{"archetype":"tvala","count":1,"npc":"tvala","tags":["tvala"]},{"archetype":"federation-officer","count":2,"tags":["federation-officer"]}],"behavior":"attack"},{"id":"ops-officers-north","map":"ops","tags":["tvala-team"],"at":"officers-north","members":[{"archetype":"federation-officer","count":1,"tags":["federation-officer"]}],"behavior":"attack"},{"id":"ops-officers-east","map":"ops","tags":["tvala-team"],"at":"officers-east","members":[{"archetype":"federation-officer","count":2,"tags":["federation-officer"]}],"behavior":"attack"}],"dialogue":[{"id":"orders","speaker":"Starfleet Command","lines":["All ships in range, this is a priority-one call. Deep Space 9 has gone silent, and the fleet holding position around it is not answering either.","We believe Undine infiltrators have taken the station and are steering those Cardassian and Jem'Hadar crews. Get aboard, find whoever is still loyal, and give them back their station."]},{"id":"arrival","speaker":"Lieutenant Adaro (DS9 Security, on a hidden channel)","lines":["Captain, thank the Prophets. The impostors are powering up our own weapon emplacements; they have just gone live.","Knock out the station defenses and I can clear a docking clamp for you."]},{"id":"defenses-down","speaker":"Lieutenant Adaro","lines":["That was the last emplacement. Docking clamp three is yours. Come in slowly; they will notice."]},{"id":"docked","speaker":"Lieutenant Adaro","lines":["Your team is aboard. The Promenade is crawling with people in Starfleet uniforms who are not Starfleet.","Groups of them hold the concourse. Break them up and reach the security field at the far end."]},{"id":"promenade-clear","speaker":"Lieutenant Adaro","lines":["The concourse is ours. The field console by the east corridor will let you through."]},{"id":"corridors","speaker":"Lieutenant Adaro","lines":["The habitat ring took the worst of it. There are wounded crew in these corridors; please get them to safety first.","Engineer Meyer sealed himself behind a security field near the turbolift. He is the only one who can give us Ops back."]},{"id":"meyer-found","speaker":"Engineer Meyer","lines":["About time! Stay close to me. If they get me, nobody else has the command codes to take back the station."]},{"id":"ops-arrival","speaker":"Engineer Meyer","lines":["Ops. I need a couple of minutes at the main console. Keep them off me."]},{"id":"tvala-taunt","speaker":"T'Vala","lines":["Captain. You interrupted my exercise once. You will not interrupt this. The station belongs to fluidic space now."]},{"id":"tvala-falls","speaker":"Engineer Meyer","lines":["She is down, and I have control. Shields, weapons, docking: all ours again. Get back to your ship, Captain, there are still two of their ships out there."]},{"id":"attackers","speaker":"Lieutenant Adaro","lines":["Two large contacts dropping out of warp near the station. They are not Cardassian. Those are Undine ships."]},{"id":"attackers-down","speaker":"Lieutenant Adaro","lines":["Both contacts destroyed. Deep Space 9 is secure. Thank you, Captain."]},{"id":"debrief","speaker":"Starfleet Command","lines":["Good work, Captain. Deep Space 9 is back in Starfleet hands, and we have learned how far the Undine have reached. Return to your patrol; we will be in touch."]}],"onAccept":[],"steps":[{"id":"report-to-bajor","title":"Report to the Bajor Sector, Outside DS9","scene":"space-bajor","transition":"warp-in","onStart":[{"type":"dialogue","dialogue":"orders"}],"onComplete":[],"objectives":[{"id":"report-to-bajor-sector","title":"Report to the Bajor Sector, Outside DS9","hint":"Fly toward Deep Space 9.","onActivate":[],"onComplete":[],"type":"reach","zone":"outside-ds9"}]},{"id":"the-best-defense","title":"The Best Defense","scene":"space-bajor","transition":"none","onStart":[{"type":"spawn","group":"fleet-wave-1"}],"onComplete":[],"objectives":[{"id":"defense-go-to-ds9","title":"Go To Deep Space 9","onActivate":[],"onComplete":[{"type":"spawn","group":"station-defenses"},{"type":"dialogue","dialogue":"arrival"}],"type":"reach","zone":"ds9-approach"},{"id":"destroy-station-defenses","title":"Destroy Station Defenses","onActivate":[{"type":"spawn","group":"fleet-wave-2"}],"onComplete":[{"type":"dialogue","dialogue":"defenses-down"}],"type":"counter","event":"defeated","tag":"station-defense","count":18},{"id":"dock-at-ds9","title":"Dock at DS9","hint":"Fly close to the station and hold F to dock.","onActivate":[],"onComplete":[],"type":"interact","target":"ds9-docking-port"}]},{"id":"deception","title":"Deception","scene":"ground-promenade","transition":"beam-down","onStart":[{"type":"dialogue","dialogue":"docked"}],"onComplete":[],"objectives":[{"id":"deception-go-to-ds9","title":"Go To Deep Space 9","onActivate":[],"onComplete":[{"type":"spawn","group":"insurgent-group-1"},{"type":"spawn","group":"insurgent-group-2"},{"type":"spawn","group":"insurgent-group-3"},{"type":"spawn","group":"insurgent-group-4"},{"type":"spawn","group":"insurgent-group-5"},{"type":"spawn","group":"insurgent-group-6"},{"type":"spawn","group":"insurgent-group-7"},{"type":"spawn","group":"insurgent-group-8"},{"type":"spawn","group":"insurgent-group-9"},{"type":"spawn","group":"insurgent-group-10"}],"type":"reach","zone":"promenade-entry"},{"id":"defeat-insurgent-groups","title":"Defeat Insurgent Groups","onActivate":[],"onComplete":[{"type":"dialogue","dialogue":"promenade-clear"}],"type":"counter","event":"groupDefeated","tag":"insurgent-group","count":10},{"id":"deception-lower-security-field","title":"Lower Security Field","onActivate":[],"onComplete":[],"type":"interact","target":"promenade-field-console"}]},{"id":"innocent-victims","title":"Innocent Victims","scene":"ground-corridors","transition":"door","onStart":[{"type":"dialogue","dialogue":"corridors"},{"type":"spawn","group":"injured-crew"},{"type":"spawn","group":"corridor-squad-west"},{"type":"spawn","group":"corridor-squad-south"},{"type":"spawn","group":"corridor-squad-east"},{"type":"spawn","group":"meyer-corridor"}],"onComplete":[],"objectives":[{"id":"rescue-the-injured","title":"Rescue the Injured","hint":"Hold F beside an injured crew member.","onActivate":[],"onComplete":[],"type":"counter","event":"rescued","tag":"injured","count":8},{"id":"victims-lower-security-field","title":"Lower Security Field","onActivate":[],"onComplete":[],"type":"interact","target":"corridor-field-console"},{"id":"escort-engineer-meyer","title":"Escort Engineer Meyer","onActivate":[{"type":"dialogue","dialogue":"meyer-found"},{"type":"spawn","group":"corridor-ambush"}],"onComplete":[],"type":"escort","npc":"meyer","zone":"turbolift-zone"},{"id":"use-turbolift","title":"Use Turbolift","onActivate":[],"onComplete":[],"type":"interact","target":"ops-turbolift"}]},{"id":"wrath-of-tvala","title":"Wrath of T'Vala","scene":"ground-ops","transition":"turbolift","onStart":[{"type":"spawn","group":"meyer-ops"},{"type":"dialogue","dialogue":"ops-arrival"}],"onComplete":[],"objectives":[{"id":"protect-engineer-meyer","title":"Protect Engineer Meyer","onActivate":[{"type":"spawn","group":"tvala-strike"},{"type":"spawn","group":"ops-officers-north"},{"type":"spawn","group":"ops-officers-east"},{"type":"dialogue","dialogue":"tvala-taunt"}],"onComplete":[{"type":"dialogue","dialogue":"tvala-falls"}],"type":"protect","npc":"meyer","until":{"event":"defeated","tag":"tvala"}},{"id":"return-to-ship","title":"Return to Ship","onActivate":[],"onComplete":[],"type":"interact","target":"ops-transporter"}]},{"id":"finish-the-fight","title":"Finish the Fight!","scene":"space-holding","transition":"beam-up","onStart":[{"type":"spawn","group":"fleet-wave-3"}],"onComplete":[],"objectives":[{"id":"finish-go-to-ds9","title":"Go To Deep Space 9","onActivate":[],"onComplete":[{"type":"spawn","group":"final-attackers"},{"type":"spawn","group":"final-escorts"},{"type":"dialogue","dialogue":"attackers"}],"type":"reach","zone":"ds9-approach"},{"id":"defeat-attackers","title":"Defeat Attackers","onActivate":[],"onComplete":[{"type":"dialogue","dialogue":"attackers-down"}],"type":"counter","event":"defeated","tag":"attacker","count":2},{"id":"depart-system","title":"Depart System","hint":"Fly clear of the station, then hold F to leave the system.","onActivate":[],"onComplete":[],"type":"interact","target":"depart-bajor"}]},{"id":"report-to-starfleet","title":"Report to Starfleet","scene":"space-holding","transition":"none","onStart":[],"onComplete":[],"objectives":[{"id":"report-to-starfleet","title":"Report to Starfleet","hint":"Open a channel to Starfleet Command (H).","onActivate":[],"onComplete":[{"type":"dialogue","dialogue":"debrief"}],"type":"report","contact":"starfleet-command"}]}],"tallies":[{"id":"federation-officers","title":"Federation Officers","tag":"federation-officer","perStep":{"deception":14,"innocent-victims":13,"wrath-of-tvala":5}}],"rewards":{"replay":[{"minLevel":36,"maxLevel":39,"rank":"Captain","sp":1743,"exp":1878,"mark":"VIII"},{"minLevel":40,"maxLevel":49,"rank":"Rear Admiral (Lower Half 40–44, Upper Half 45–49)","sp":1935,"exp":1856,"mark":"X"},{"minLevel":50,"maxLevel":50,"rank":"Vice Admiral","sp":2126,"exp":1856,"mark":"XI"}],"firstCompletion":[{"minLevel":36,"maxLevel":39,"rank":"Captain","sp":2615,"exp":2817,"mark":"VIII"},{"minLevel":40,"maxLevel":49,"rank":"Rear Admiral (Lower Half 40–44, Upper Half 45–49)","sp":2903,"exp":2784,"mark":"X"},{"minLevel":50,"maxLevel":50,"rank":"Vice Admiral","sp":3189,"exp":2784,"mark":"XI"}],"note":"Design choice: a first completion pays 1.5 times the Mission Replay table (rounded to the nearest whole point) with the same item Mark; every later completion is a Mission Replay and pays the table exactly."},"accolades":[{"id":"fluidic-reclamation","name":"Fluidic Reclamation","description":"Save Deep Space 9","points":10,"category":"mission","award":{"on":"missionCompleted"}},{"id":"federation-foil","name":"Federation Foil","description":"Defeat 10 Federation Officers","points":5,"category":"defeat","award":{"on":"tally","tally":"federation-officers","threshold":10}},{"id":"wanted-by-section-31","name":"Wanted by Section 31","description":"Defeat 100 Federation Officers","points":10,"category":"defeat","award":{"on":"tally","tally":"federation-officers","threshold":100}},{"id":"scourge-of-starfleet","name":"Scourge of Starfleet","description":"Defeat 1000 Federation Officers","points":25,"category":"defeat","award":{"on":"tally","tally":"federation-officers","threshold":1000}}],"speedrun":{"categories":[{"id":"any%","name":"Any%","rules":"Complete every objective, from accepting the mission to the report to Starfleet Command. Timed in game time from the accept to the last objective.","runner":"player","requireTallies":[]},{"id":"all-officers","name":"All Officers","rules":"As Any%, and every one of the 32 Federation Officers must be defeated: a run that reaches the last objective with any of them left standing is not complete.","runner":"player","requireTallies":["federation-officers"]},{"id":"autopilot","name":"Autopilot","rules":"The autopilot flies and fights the whole mission. Its runs are kept apart from the player's, like a tool-assisted category.","runner":"autopilot","requireTallies":[]},{"id":"il-report-to-bajor","name":"Level: Report to the Bajor Sector, Outside DS9","rules":"One step on its own, timed from its start state (started from practice) until its last objective.","runner":"player","from":"report-to-bajor","to":"report-to-bajor","requireTallies":[]},{"id":"il-the-best-defense","name":"Level: The Best Defense","rules":"One step on its own, timed from its start state (started from practice) until its last objective.","runner":"player","from":"the-best-defense","to":"the-best-defense","requireTallies":[]},{"id":"il-deception","name":"Level: Deception","rules":"One step on its own, timed from its start state (started from practice) until its last objective.","runner":"player","from":"deception","to":"deception","requireTallies":[]},{"id":"il-innocent-victims","name":"Level: Innocent Victims","rules":"One step on its own, timed from its start state (started from practice) until its last objective.","runner":"player","from":"innocent-victims","to":"innocent-victims","requireTallies":[]},{"id":"il-wrath-of-tvala","name":"Level: Wrath of T'Vala","rules":"One step on its own, timed from its start state (started from practice) until its last objective.","runner":"player","from":"wrath-of-tvala","to":"wrath-of-tvala","requireTallies":[]},{"id":"il-finish-the-fight","name":"Level: Finish the Fight!","rules":"One step on its own, timed from its start state (started from practice) until its last objective.","runner":"player","from":"finish-the-fight","to":"finish-the-fight","requireTallies":[]},{"id":"il-report-to-starfleet","name":"Level: Report to Starfleet","rules":"One step on its own, timed from its start state (started from practice) until its last objective.","runner":"player","from":"report-to-starfleet","to":"report-to-starfleet","requireTallies":[]}],"difficulty":{"name":"Difficulty","values":[{"id":"normal","name":"Normal"},{"id":"advanced","name":"Advanced"},{"id":"elite","name":"Elite"}],"default":"normal"}}}`),t=JSON.parse(`{"bajor-space":{"width":12800,"height":12800,"originX":-6400,"originY":-6400,"walls":[],"hulls":[{"name":"ds9-station","x":0,"y":0,"r":560},{"name":"upper-pylon-1-640","x":0,"y":-640,"r":45},{"name":"upper-pylon-1-720","x":0,"y":-720,"r":45},{"name":"upper-pylon-1-800","x":0,"y":-800,"r":45},{"name":"lower-pylon-1-640","x":554,"y":-320,"r":45},{"name":"lower-pylon-1-720","x":624,"y":-360,"r":45},{"name":"lower-pylon-1-800","x":693,"y":-400,"r":45},{"name":"upper-pylon-2-640","x":554,"y":320,"r":45},{"name":"upper-pylon-2-720","x":624,"y":360,"r":45},{"name":"upper-pylon-2-800","x":693,"y":400,"r":45},{"name":"lower-pylon-2-640","x":0,"y":640,"r":45},{"name":"lower-pylon-2-720","x":0,"y":720,"r":45},{"name":"lower-pylon-2-800","x":0,"y":800,"r":45},{"name":"upper-pylon-3-640","x":-554,"y":320,"r":45},{"name":"upper-pylon-3-720","x":-624,"y":360,"r":45},{"name":"upper-pylon-3-800","x":-693,"y":400,"r":45},{"name":"lower-pylon-3-640","x":-554,"y":-320,"r":45},{"name":"lower-pylon-3-720","x":-624,"y":-360,"r":45},{"name":"lower-pylon-3-800","x":-693,"y":-400,"r":45}],"decor":[{"name":"bajor","type":"planet","x":3100,"y":-4900,"w":2200,"h":2200,"ellipse":true},{"name":"wormhole-mouth","type":"anomaly","x":-5360,"y":-4560,"w":320,"h":320,"ellipse":true}]},"promenade":{"width":1984,"height":992,"originX":0,"originY":0,"walls":[{"name":"west-upper","type":"wall","x":0,"y":0,"w":300,"h":420},{"name":"west-lower","type":"wall","x":0,"y":580,"w":300,"h":420},{"name":"north-hull","type":"wall","x":300,"y":0,"w":1400,"h":150},{"name":"south-hull","type":"wall","x":300,"y":850,"w":1400,"h":150},{"name":"east-upper","type":"wall","x":1700,"y":0,"w":300,"h":430},{"name":"east-lower","type":"wall","x":1700,"y":570,"w":300,"h":430},{"name":"Quark's Bar","type":"shop","x":420,"y":150,"w":180,"h":100},{"name":"Replimat","type":"shop","x":760,"y":150,"w":180,"h":100},{"name":"Assay Office","type":"shop","x":1100,"y":150,"w":180,"h":100},{"name":"Tailor","type":"shop","x":1400,"y":150,"w":180,"h":100},{"name":"Infirmary","type":"shop","x":480,"y":750,"w":180,"h":100},{"name":"Temple","type":"shop","x":820,"y":750,"w":180,"h":100},{"name":"Security Office","type":"shop","x":1160,"y":750,"w":180,"h":100},{"name":"Holosuites","type":"shop","x":1450,"y":750,"w":180,"h":100},{"name":"pillar-1","type":"pillar","x":680,"y":490,"w":36,"h":36},{"name":"pillar-2","type":"pillar","x":1060,"y":560,"w":36,"h":36},{"name":"pillar-3","type":"pillar","x":1260,"y":390,"w":36,"h":36},{"name":"pillar-4","type":"pillar","x":1420,"y":560,"w":36,"h":36}],"hulls":[],"decor":[{"name":"upper-level-north","type":"balcony","x":300,"y":150,"w":1400,"h":40,"ellipse":false},{"name":"upper-level-south","type":"balcony","x":300,"y":810,"w":1400,"h":40,"ellipse":false},{"name":"airlock","type":"airlock","x":0,"y":420,"w":80,"h":160,"ellipse":false}]},"habitat-corridors":{"width":2400,"height":896,"originX":0,"originY":0,"walls":[{"name":"ceiling-north","type":"wall","x":0,"y":0,"w":2400,"h":100},{"name":"ceiling-south","type":"wall","x":0,"y":800,"w":2400,"h":100},{"name":"block-west","type":"wall","x":0,"y":300,"w":700,"h":300},{"name":"block-middle","type":"wall","x":850,"y":300,"w":650,"h":300},{"name":"block-east","type":"wall","x":1650,"y":300,"w":750,"h":300}],"hulls":[],"decor":[{"name":"Crew quarters","type":"room","x":100,"y":330,"w":500,"h":240,"ellipse":false},{"name":"Reactor access","type":"room","x":900,"y":330,"w":550,"h":240,"ellipse":false},{"name":"Turbolift","type":"turbolift","x":2200,"y":100,"w":200,"h":200,"ellipse":false}]},"ops":{"width":1376,"height":992,"originX":0,"originY":0,"walls":[{"name":"north-wall","type":"wall","x":0,"y":0,"w":1400,"h":100},{"name":"south-wall","type":"wall","x":0,"y":940,"w":1400,"h":60},{"name":"west-wall","type":"wall","x":0,"y":0,"w":80,"h":1000},{"name":"east-wall","type":"wall","x":1320,"y":0,"w":80,"h":1000},{"name":"ops-table","type":"table","x":620,"y":440,"w":160,"h":120},{"name":"console-nw","type":"console","x":200,"y":250,"w":140,"h":40},{"name":"console-ne","type":"console","x":1060,"y":250,"w":140,"h":40},{"name":"console-sw","type":"console","x":200,"y":720,"w":140,"h":40}],"hulls":[],"decor":[{"name":"Commander's office stairs","type":"stairs","x":560,"y":100,"w":280,"h":60,"ellipse":false},{"name":"Transporter pad","type":"pad","x":1130,"y":770,"w":100,"h":100,"ellipse":false},{"name":"Turbolift","type":"turbolift","x":640,"y":880,"w":120,"h":60,"ellipse":false}]}}`);function n(e){return new Promise((t,n)=>{e.oncomplete=e.onsuccess=()=>t(e.result),e.onabort=e.onerror=()=>n(e.error)})}function r(e,t){let r,i=()=>{if(r)return r;let i=indexedDB.open(e);return i.onupgradeneeded=()=>i.result.createObjectStore(t),r=n(i),r.then(e=>{e.onclose=()=>r=void 0},()=>{r=void 0}),r};return(e,n)=>i().then(r=>n(r.transaction(t,e).objectStore(t)))}var i;function a(){return i||=r(`keyval-store`,`keyval`),i}function o(e,t=a()){return t(`readonly`,t=>n(t.get(e)))}function s(e,t,r=a()){return r(`readwrite`,r=>(r.put(t,e),n(r.transaction)))}function c(e,t=a()){return t(`readwrite`,t=>(t.delete(e),n(t.transaction)))}function l(e,t){return e.openCursor().onsuccess=function(){this.result&&(t(this.result),this.result.continue())},n(e.transaction)}function u(e=a()){return e(`readonly`,e=>{if(e.getAllKeys)return n(e.getAllKeys());let t=[];return l(e,e=>t.push(e.key)).then(()=>t)})}function d(e){let t=e,n=typeof t?.name==`string`?t.name:``;if(n===`QuotaExceededError`||n===`NS_ERROR_DOM_QUOTA_REACHED`||t?.code===22)return`this browser’s storage for the game is full`;if(n===`SecurityError`)return`this browser does not let the site store data`;let r=typeof t?.message==`string`&&t.message?t.message:String(e);return`the browser refused to store it (${n?`${n}: `:``}${r})`}var f=class{storage;key;backups;hold={state:`open`};written=null;constructor(e,t,n){this.storage=e,this.key=t,this.backups=n}read(){if(!this.storage)return{ok:!0,raw:null};try{return{ok:!0,raw:this.storage.getItem(this.key)}}catch(e){return{ok:!1,problem:d(e)}}}write(e){if(!this.storage)return`this browser does not let the game store anything`;if(this.hold.state===`backing-up`)return this.hold.waiting=e,null;if(this.hold.state===`refused`)return this.hold.reason;if(e===this.written)return null;try{return this.storage.setItem(this.key,e),this.written=e,null}catch(e){return d(e)}}async setAside(e,t){this.hold={state:`backing-up`,waiting:null};let n=await ne(this.backups,this.key,e),r=this.hold.waiting;if(!n.ok)return this.hold={state:`refused`,reason:t},{backup:n,writeProblem:null};if(this.hold={state:`open`},r!==null)return{backup:n,writeProblem:this.write(r)};try{this.storage?.removeItem(this.key)}catch{}return{backup:n,writeProblem:null}}},p=(e,t)=>t===1?`${e}.backup`:`${e}.backup.${t}`;function m(e=`shutdown-backups`,t=`backups`){let i;return{place:`this browser’s backup store (IndexedDB)`,async keep(a,o){i??=r(e,t);let s=i,c=new Set((await u(s)).map(String));for(let e=1;;e++){let t=p(a,e);if(!c.has(t))try{return await s(`readwrite`,e=>(e.add(o,t),n(e.transaction))),t}catch(e){if(e?.name!==`ConstraintError`)throw e;c.add(t)}}}}}function ee(e){return{place:`this browser’s local storage`,async keep(t,n){for(let r=1;;r++){let i=p(t,r);if(e.getItem(i)===null)return e.setItem(i,n),i}}}}function te(e){return e?[m(),ee(e)]:[m()]}async function ne(e,t,n){let r=[];for(let i of e)try{return{ok:!0,name:await i.keep(t,n),place:i.place}}catch(e){r.push(`${i.place}: ${d(e)}`)}return{ok:!1,problem:r.length>0?r.join(`; `):`this browser offers no place for one`}}function h(e){return e?{Space:`Space`,Escape:`Esc`,Enter:`Enter`,Tab:`Tab`,Backspace:`Backspace`,ArrowUp:`↑`,ArrowDown:`↓`,ArrowLeft:`←`,ArrowRight:`→`,ShiftLeft:`Left Shift`,ShiftRight:`Right Shift`,ControlLeft:`Left Ctrl`,ControlRight:`Right Ctrl`,AltLeft:`Left Alt`,AltRight:`Right Alt`,MetaLeft:`Left Meta`,MetaRight:`Right Meta`,Backquote:"`",Minus:`-`,Equal:`=`,BracketLeft:`[`,BracketRight:`]`,Backslash:`\\`,Semicolon:`;`,Quote:`'`,Comma:`,`,Period:`.`,Slash:`/`}[e]||(/^Key[A-Z]$/.test(e)?e.slice(3):/^Digit\d$/.test(e)?e.slice(5):e.startsWith(`Numpad`)?`Num ${e.slice(6)}`:e):`—`}var g={forward:`Forward / throttle up`,back:`Back / throttle down`,left:`Turn or move left`,right:`Turn or move right`,fire:`Fire weapons`,torpedo:`Fire torpedo`,interact:`Interact (hold)`,target:`Next target`,hail:`Hail`,fullImpulse:`Full Impulse`,pause:`Pause menu`,help:`Controls help`,journal:`Mission journal`,replays:`Replay library`,leaderboard:`Leaderboard`,accolades:`Accolades`};function re(e){let t=Object.keys(g).filter(t=>t in e),n=Object.keys(e).filter(e=>!(e in g)).sort();return[...t,...n]}function ie(e){let t=g[e];if(t)return t;let n=e.replace(/([a-z])([A-Z])/g,`$1 $2`).toLowerCase();return n.charAt(0).toUpperCase()+n.slice(1)}function ae(e,t,n){for(let r of re(e))if(r!==t&&n!==``&&e[r]===n)return r;return null}function oe(e,t){let n=re(e),r=new Map;for(let t of n){let n=e[t]??``;n!==``&&r.set(n,[...r.get(n)??[],t])}let i=[...r].filter(([,e])=>e.length>1);if(i.length===0)return{bindings:{...e},clashes:[]};let a=new Set(i.flatMap(([,e])=>e)),o={...e},s=new Set(n.filter(e=>!a.has(e)).map(t=>e[t]??``));for(let r of n){if(!a.has(r))continue;let n=t[r]??``,i=e[r]??``,c=n!==``&&!s.has(n)?n:s.has(i)?``:i;c!==``&&s.add(c),o[r]=c}return{bindings:o,clashes:i.map(([e,t])=>({key:e,actions:t.map(e=>({id:e,to:o[e]??``}))}))}}var _={saveBytes:2e6,captains:100,itemsPerCaptain:1e3,recordsPerCaptain:64,checkpointBytes:1e5,captainFileBytes:1e6,nameChars:32,boardsPerCaptain:64,attemptsPerBoard:50,splitsPerAttempt:500,settingsBytes:2e4},se=new TextEncoder,ce=e=>se.encode(e).length;function v(e){return e>=1e6?`${Number((e/1e6).toFixed(2))} MB`:e>=1e3?`${Number((e/1e3).toFixed(1))} KB`:`${e} bytes`}var le=`shutdown.settings`,ue=1,de=(e,t)=>typeof e==`number`&&Number.isFinite(e)?Math.min(1,Math.max(0,e)):t;function fe(e,t){let n=ce(e);if(n>_.settingsBytes)throw Error(`they take ${v(n)}, over the limit of ${v(_.settingsBytes)}`);let r;try{r=JSON.parse(e)}catch{throw Error(`they are not valid JSON`)}if(typeof r!=`object`||!r)throw Error(`they are not settings`);if(r.version!==ue||typeof r.settings!=`object`||r.settings===null)throw Error(`their version (${String(r.version)}) is not one this game reads`);let i=r.settings,a={...t.bindings};if(typeof i.bindings==`object`&&i.bindings!==null)for(let[e,t]of Object.entries(i.bindings))e in a&&typeof t==`string`&&t.length<40&&(a[e]=t);return{master:de(i.master,t.master),effects:de(i.effects,t.effects),music:de(i.music,t.music),reducedMotion:typeof i.reducedMotion==`boolean`?i.reducedMotion:t.reducedMotion,hints:typeof i.hints==`boolean`?i.hints:t.hints,ghosts:typeof i.ghosts==`boolean`?i.ghosts:t.ghosts,leaderboardServer:typeof i.leaderboardServer==`string`&&i.leaderboardServer.length<=200?i.leaderboardServer:t.leaderboardServer,bindings:a}}var pe=e=>`“${ie(e)}”`;function me(e){let t=e.actions.map(e=>pe(e.id)),n=t.length===2?`both ${t[0]} and ${t[1]}`:t.join(`, `).replace(/, ([^,]*)$/,` and $1`),r=e.actions.map(e=>e.to?`${pe(e.id)} is on ${h(e.to)}`:`${pe(e.id)} has no key (set one in Pause › Settings)`).join(`, `).replace(/, ([^,]*)$/,` and $1`);return`Your saved settings gave the key ${h(e.key)} to ${n}, and a key can do only one thing: now ${r}.`}var he=class{storage;onNotice;slot;pending=new Set;constructor(e,t,n){this.storage=e,this.onNotice=n,this.slot=new f(e,le,t)}load(e){let t=()=>structuredClone(e);if(!this.storage)return{settings:t(),notices:[]};let n=this.slot.read();if(!n.ok)return{settings:t(),notices:[`Your saved settings could not be read (${n.problem}); the defaults are in use.`]};if(n.raw===null)return{settings:t(),notices:[]};let r;try{r=fe(n.raw,e)}catch(e){return this.setAside(n.raw,e.message),{settings:t(),notices:[]}}let i=oe(r.bindings,e.bindings);return{settings:{...r,bindings:i.bindings},notices:i.clashes.map(me)}}save(e){let t=JSON.stringify({version:ue,settings:e}),n=ce(t),r=n>_.settingsBytes?`they would take ${v(n)}, over the limit of ${v(_.settingsBytes)}`:this.slot.write(t);r&&this.onNotice(`Your settings could not be saved: ${r}. They apply until the game is closed.`)}async settled(){for(;this.pending.size>0;)await Promise.all(this.pending)}setAside(e,t){let n=`Your saved settings could not be read (${t}); the defaults are in use.`,r={name:`shutdown-settings-old.json`,text:e},i=this.slot.setAside(e,`the old settings could not be backed up, so they are left untouched`).then(({backup:e,writeProblem:t})=>{this.onNotice(e.ok?`${n} The old settings are kept as “${e.name}” in ${e.place}.`:`${n} No backup of the old settings could be stored (${e.problem}), so they are left untouched and changes made now are not saved.`,r),t&&this.onNotice(`Your settings could not be saved: ${t}. They apply until the game is closed.`)});this.pending.add(i),i.finally(()=>this.pending.delete(i))}},ge=e=>{let t,n=new Set,r=(e,r)=>{let i=typeof e==`function`?e(t):e;if(!Object.is(i,t)){let e=t;t=r??(typeof i!=`object`||!i)?i:Object.assign({},t,i),n.forEach(n=>n(t,e))}},i=()=>t,a={setState:r,getState:i,getInitialState:()=>o,subscribe:e=>(n.add(e),()=>n.delete(e))},o=t=e(r,i,a);return a},_e=(e=>e?ge(e):ge),ve=[.25,.5,1,2,4,8],ye={forward:`KeyW`,back:`KeyS`,left:`KeyA`,right:`KeyD`,fire:`Space`,torpedo:`KeyQ`,interact:`KeyF`,target:`Tab`,hail:`KeyH`,fullImpulse:`ShiftLeft`,pause:`Escape`,help:`F1`,journal:`KeyJ`,accolades:`KeyL`,replays:`KeyR`,leaderboard:`KeyB`},be={master:.8,effects:.8,music:.5,reducedMotion:!1,hints:!0,ghosts:!0,leaderboardServer:``,bindings:{...ye}},y=()=>{};function xe(){return{phase:`loading`,missionTitle:``,briefing:{summary:``,body:[],offer:``,historical:``},status:`offered`,stepId:``,steps:[],sceneKind:`space`,sceneTitle:``,igt:`00:00.000`,player:null,respawnIn:0,team:[],target:null,abilities:[],interaction:null,hails:[],helm:null,controlsUsed:{throttle:!1,turn:!1,fire:!1},dialogue:null,accolade:null,rewards:null,failure:null,runError:null,paused:!1,helpOpen:!1,settings:structuredClone(be),errors:[],profile:{captains:[],active:null,journal:[],notices:[],importError:null},replays:{open:!1,entries:[],keepNote:``,error:null,message:null,ghostEnabled:!0,ghostId:null},leaderboard:{open:!1,server:``,categories:[],difficulties:[],category:``,difficulty:`normal`,entries:[],total:0,loading:!1,error:null,submissions:{}},viewer:null,ghost:null,lastRunId:null,offerReplay:!1,practice:{steps:[],preparing:null,active:null,error:null},lss:{categories:[],difficulties:[],category:``,difficulty:``,comparison:null,message:null,error:null}}}var Se=()=>_e()(()=>({...xe(),actions:{accept:y,setPaused:y,updateSettings:y,closeRewards:y,hail:y,createCaptain:()=>null,selectCaptain:y,setCaptainLevel:y,launch:y,declineOffer:y,resume:y,replay:y,exportCaptain:y,importCaptain:y,dismissNotice:y,openReplays:y,watchReplay:y,downloadReplay:y,deleteReplay:y,openReplayFile:y,setGhostEnabled:y,chooseGhost:y,viewerPlay:y,viewerSpeed:y,viewerSeek:y,viewerStep:y,viewerNextSplit:y,viewerCamera:y,closeViewer:y,openLeaderboard:y,showBoard:y,submitRun:y,watchBoardEntry:y,raceBoardEntry:y,watchLastRun:y,downloadLastRun:y,exportNotice:y,restartMission:y,abandonMission:y,quitToTitle:y,practiceStep:y,chooseLss:y,exportLss:y,importLss:y}}));function Ce(e,t){return e.x<t.x+t.width&&t.x<e.x+e.width&&e.y<t.y+t.height&&t.y<e.y+e.height}var we=e=>Math.max(0,e.width)*Math.max(0,e.height);function Te(e,t){let n={...e};for(let e of t){if(we(e)===0||!Ce(n,e))continue;let t=n.x+n.width,r=n.y+n.height,i=[{x:n.x,y:n.y,width:e.x-n.x,height:n.height},{x:e.x+e.width,y:n.y,width:t-(e.x+e.width),height:n.height},{x:n.x,y:n.y,width:n.width,height:e.y-n.y},{x:n.x,y:e.y+e.height,width:n.width,height:r-(e.y+e.height)}],a={x:n.x+n.width/2,y:n.y+n.height/2,width:0,height:0};for(let e of i)we(e)>we(a)&&(a=e);n=a}return n}var Ee=`.hud-free`,De=`.hud-layer .panel, .hud-layer .prompt, .minimap-reserve`,Oe=e=>{let t=e.getBoundingClientRect();return{x:t.left,y:t.top,width:t.width,height:t.height}},ke=class{root;dirty=!0;cached=null;onResize=()=>this.invalidate();constructor(e){this.root=e,window.addEventListener(`resize`,this.onResize)}invalidate(){this.dirty=!0}free(){if(this.dirty){this.dirty=!1;let e=this.root.querySelector(Ee),t=[...this.root.querySelectorAll(De)].filter(e=>e.closest(`.hud-center`)===null);this.cached=e?Te(Oe(e),t.map(Oe)):null}return this.cached}dispose(){window.removeEventListener(`resize`,this.onResize)}};function Ae(e,t,n){let r=[...e].length;return r>n?`is-very-long`:r>t?`is-long`:``}var b=globalThis,x=e=>{b.emitLitDebugLogEvents&&b.dispatchEvent(new CustomEvent(`lit-debug`,{detail:e}))},je=0,Me;b.litIssuedWarnings??=new Set,Me=(e,t)=>{t+=e?` See https://lit.dev/msg/${e} for more information.`:``,!b.litIssuedWarnings.has(t)&&!b.litIssuedWarnings.has(e)&&(console.warn(t),b.litIssuedWarnings.add(t))},queueMicrotask(()=>{Me(`dev-mode`,`Lit is in dev mode. Not recommended for production!`)});var S=b.ShadyDOM?.inUse&&b.ShadyDOM?.noPatch===!0?b.ShadyDOM.wrap:e=>e,Ne=b.trustedTypes,Pe=Ne?Ne.createPolicy(`lit-html`,{createHTML:e=>e}):void 0,Fe=e=>e,Ie=(e,t,n)=>Fe,Le=e=>{if(Et!==Ie)throw Error(`Attempted to overwrite existing lit-html security policy. setSanitizeDOMValueFactory should be called at most once.`);Et=e},Re=()=>{Et=Ie},ze=(e,t,n)=>Et(e,t,n),Be=`$lit$`,C=`lit$${Math.random().toFixed(9).slice(2)}$`,Ve=`?`+C,He=`<${Ve}>`,Ue=document,We=()=>Ue.createComment(``),Ge=e=>e===null||typeof e!=`object`&&typeof e!=`function`,Ke=Array.isArray,qe=e=>Ke(e)||typeof e?.[Symbol.iterator]==`function`,Je=`[ 	
\f\r]`,Ye=`[^ 	
\f\r"'\`<>=]`,Xe=`[^\\s"'>=/]`,Ze=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Qe=1,$e=2,et=3,tt=/-->/g,nt=/>/g,rt=RegExp(`>|${Je}(?:(${Xe}+)(${Je}*=${Je}*(?:${Ye}|("|')|))|$)`,`g`),it=0,at=1,ot=2,st=3,ct=/'/g,lt=/"/g,ut=/^(?:script|style|textarea|title)$/i,dt=1,ft=2,pt=3,mt=1,ht=2,gt=3,_t=4,vt=5,yt=6,bt=7,xt=e=>(t,...n)=>(t.some(e=>e===void 0)&&console.warn(`Some template strings are undefined.
This is probably caused by illegal octal escape sequences.`),n.some(e=>e?._$litStatic$)&&Me(``,`Static values 'literal' or 'unsafeStatic' cannot be used as values to non-static templates.
Please use the static 'html' tag function. See https://lit.dev/docs/templates/expressions/#static-expressions`),{_$litType$:e,strings:t,values:n}),w=xt(dt),St=xt(ft),Ct=Symbol.for(`lit-noChange`),T=Symbol.for(`lit-nothing`),wt=new WeakMap,Tt=Ue.createTreeWalker(Ue,129),Et=Ie;function Dt(e,t){if(!Ke(e)||!e.hasOwnProperty(`raw`)){let e=`invalid template strings array`;throw e=`Internal Error: expected template strings to be an array
          with a 'raw' field. Faking a template strings array by
          calling html or svg like an ordinary function is effectively
          the same as calling unsafeHtml and can lead to major security
          issues, e.g. opening your code up to XSS attacks.
          If you're using the html or svg tagged template functions normally
          and still seeing this error, please file a bug at
          https://github.com/lit/lit/issues/new?template=bug_report.md
          and include information about your build tooling, if any.`.replace(/\n */g,`
`),Error(e)}return Pe===void 0?t:Pe.createHTML(t)}var Ot=(e,t)=>{let n=e.length-1,r=[],i=t===ft?`<svg>`:t===pt?`<math>`:``,a,o=Ze;for(let t=0;t<n;t++){let n=e[t],s=-1,c,l=0,u;for(;l<n.length&&(o.lastIndex=l,u=o.exec(n),u!==null);)if(l=o.lastIndex,o===Ze){if(u[Qe]===`!--`)o=tt;else if(u[Qe]!==void 0)o=nt;else if(u[$e]!==void 0)ut.test(u[$e])&&(a=RegExp(`</${u[$e]}`,`g`)),o=rt;else if(u[et]!==void 0)throw Error(`Bindings in tag names are not supported. Please use static templates instead. See https://lit.dev/docs/templates/expressions/#static-expressions`)}else o===rt?u[it]===`>`?(o=a??Ze,s=-1):u[at]===void 0?s=-2:(s=o.lastIndex-u[ot].length,c=u[at],o=u[st]===void 0?rt:u[st]===`"`?lt:ct):o===lt||o===ct?o=rt:o===tt||o===nt?o=Ze:(o=rt,a=void 0);console.assert(s===-1||o===rt||o===ct||o===lt,`unexpected parse state B`);let d=o===rt&&e[t+1].startsWith(`/>`)?` `:``;i+=o===Ze?n+He:s>=0?(r.push(c),n.slice(0,s)+Be+n.slice(s)+C+d):n+C+(s===-2?t:d)}return[Dt(e,i+(e[n]||`<?>`)+(t===ft?`</svg>`:t===pt?`</math>`:``)),r]},kt=class e{constructor({strings:t,_$litType$:n},r){this.parts=[];let i,a=0,o=0,s=t.length-1,c=this.parts,[l,u]=Ot(t,n);if(this.el=e.createElement(l,r),Tt.currentNode=this.el.content,n===ft||n===pt){let e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;(i=Tt.nextNode())!==null&&c.length<s;){if(i.nodeType===1){{let e=i.localName;if(/^(?:textarea|template)$/i.test(e)&&i.innerHTML.includes(C)){let t=`Expressions are not supported inside \`${e}\` elements. See https://lit.dev/msg/expression-in-${e} for more information.`;if(e===`template`)throw Error(t);Me(``,t)}}if(i.hasAttributes())for(let e of i.getAttributeNames())if(e.endsWith(Be)){let t=u[o++],n=i.getAttribute(e).split(C),r=/([.?@])?(.*)/.exec(t);c.push({type:mt,index:a,name:r[2],strings:n,ctor:r[1]===`.`?Pt:r[1]===`?`?Ft:r[1]===`@`?It:Nt}),i.removeAttribute(e)}else e.startsWith(C)&&(c.push({type:yt,index:a}),i.removeAttribute(e));if(ut.test(i.tagName)){let e=i.textContent.split(C),t=e.length-1;if(t>0){i.textContent=Ne?Ne.emptyScript:``;for(let n=0;n<t;n++)i.append(e[n],We()),Tt.nextNode(),c.push({type:ht,index:++a});i.append(e[t],We())}}}else if(i.nodeType===8){if(i.data===Ve)c.push({type:ht,index:a});else{let e=-1;for(;(e=i.data.indexOf(C,e+1))!==-1;)c.push({type:bt,index:a}),e+=C.length-1}}a++}if(u.length!==o)throw Error('Detected duplicate attribute bindings. This occurs if your template has duplicate attributes on an element tag. For example "<input ?disabled=${true} ?disabled=${false}>" contains a duplicate "disabled" attribute. The error was detected in the following template: \n`'+t.join("${...}")+"`");x&&x({kind:`template prep`,template:this,clonableTemplate:this.el,parts:this.parts,strings:t})}static createElement(e,t){let n=Ue.createElement(`template`);return n.innerHTML=e,n}};function At(e,t,n=e,r){if(t===Ct)return t;let i=r===void 0?n.__directive:n.__directives?.[r],a=Ge(t)?void 0:t._$litDirective$;return i?.constructor!==a&&(i?._$notifyDirectiveConnectionChanged?.(!1),a===void 0?i=void 0:(i=new a(e),i._$initialize(e,n,r)),r===void 0?n.__directive=i:(n.__directives??=[])[r]=i),i!==void 0&&(t=At(e,i._$resolve(e,t.values),i,r)),t}var jt=class{constructor(e,t){this._$parts=[],this._$disconnectableChildren=void 0,this._$template=e,this._$parent=t}get parentNode(){return this._$parent.parentNode}get _$isConnected(){return this._$parent._$isConnected}_clone(e){let{el:{content:t},parts:n}=this._$template,r=(e?.creationScope??Ue).importNode(t,!0);Tt.currentNode=r;let i=Tt.nextNode(),a=0,o=0,s=n[0];for(;s!==void 0;){if(a===s.index){let t;s.type===ht?t=new Mt(i,i.nextSibling,this,e):s.type===mt?t=new s.ctor(i,s.name,s.strings,this,e):s.type===yt&&(t=new Lt(i,this,e)),this._$parts.push(t),s=n[++o]}a!==s?.index&&(i=Tt.nextNode(),a++)}return Tt.currentNode=Ue,r}_update(e){let t=0;for(let n of this._$parts)n!==void 0&&(x&&x({kind:`set part`,part:n,value:e[t],valueIndex:t,values:e,templateInstance:this}),n.strings===void 0?n._$setValue(e[t]):(n._$setValue(e,n,t),t+=n.strings.length-2)),t++}},Mt=class e{get _$isConnected(){return this._$parent?._$isConnected??this.__isConnected}constructor(e,t,n,r){this.type=ht,this._$committedValue=T,this._$disconnectableChildren=void 0,this._$startNode=e,this._$endNode=t,this._$parent=n,this.options=r,this.__isConnected=r?.isConnected??!0,this._textSanitizer=void 0}get parentNode(){let e=S(this._$startNode).parentNode,t=this._$parent;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$startNode}get endNode(){return this._$endNode}_$setValue(e,t=this){if(this.parentNode===null)throw Error("This `ChildPart` has no `parentNode` and therefore cannot accept a value. This likely means the element containing the part was manipulated in an unsupported way outside of Lit's control such that the part's marker nodes were ejected from DOM. For example, setting the element's `innerHTML` or `textContent` can do this.");if(e=At(this,e,t),Ge(e))e===T||e==null||e===``?(this._$committedValue!==T&&(x&&x({kind:`commit nothing to child`,start:this._$startNode,end:this._$endNode,parent:this._$parent,options:this.options}),this._$clear()),this._$committedValue=T):e!==this._$committedValue&&e!==Ct&&this._commitText(e);else if(e._$litType$!==void 0)this._commitTemplateResult(e);else if(e.nodeType!==void 0){if(this.options?.host===e){this._commitText("[probable mistake: rendered a template's host in itself (commonly caused by writing ${this} in a template]"),console.warn(`Attempted to render the template host`,e,`inside itself. This is almost always a mistake, and in dev mode `,`we render some warning text. In production however, we'll `,`render it, which will usually result in an error, and sometimes `,`in the element disappearing from the DOM.`);return}this._commitNode(e)}else qe(e)?this._commitIterable(e):this._commitText(e)}_insert(e){return S(S(this._$startNode).parentNode).insertBefore(e,this._$endNode)}_commitNode(e){if(this._$committedValue!==e){if(this._$clear(),Et!==Ie){let e=this._$startNode.parentNode?.nodeName;if(e===`STYLE`||e===`SCRIPT`){let t=`Forbidden`;throw t=e===`STYLE`?"Lit does not support binding inside style nodes. This is a security risk, as style injection attacks can exfiltrate data and spoof UIs. Consider instead using css`...` literals to compose styles, and do dynamic styling with css custom properties, ::parts, <slot>s, and by mutating the DOM rather than stylesheets.":`Lit does not support binding inside script nodes. This is a security risk, as it could allow arbitrary code execution.`,Error(t)}}x&&x({kind:`commit node`,start:this._$startNode,parent:this._$parent,value:e,options:this.options}),this._$committedValue=this._insert(e)}}_commitText(e){if(this._$committedValue!==T&&Ge(this._$committedValue)){let t=S(this._$startNode).nextSibling;this._textSanitizer===void 0&&(this._textSanitizer=ze(t,`data`,`property`)),e=this._textSanitizer(e),x&&x({kind:`commit text`,node:t,value:e,options:this.options}),t.data=e}else{let t=Ue.createTextNode(``);this._commitNode(t),this._textSanitizer===void 0&&(this._textSanitizer=ze(t,`data`,`property`)),e=this._textSanitizer(e),x&&x({kind:`commit text`,node:t,value:e,options:this.options}),t.data=e}this._$committedValue=e}_commitTemplateResult(e){let{values:t,_$litType$:n}=e,r=typeof n==`number`?this._$getTemplate(e):(n.el===void 0&&(n.el=kt.createElement(Dt(n.h,n.h[0]),this.options)),n);if(this._$committedValue?._$template===r)x&&x({kind:`template updating`,template:r,instance:this._$committedValue,parts:this._$committedValue._$parts,options:this.options,values:t}),this._$committedValue._update(t);else{let e=new jt(r,this),n=e._clone(this.options);x&&x({kind:`template instantiated`,template:r,instance:e,parts:e._$parts,options:this.options,fragment:n,values:t}),e._update(t),x&&x({kind:`template instantiated and updated`,template:r,instance:e,parts:e._$parts,options:this.options,fragment:n,values:t}),this._commitNode(n),this._$committedValue=e}}_$getTemplate(e){let t=wt.get(e.strings);return t===void 0&&wt.set(e.strings,t=new kt(e)),t}_commitIterable(t){Ke(this._$committedValue)||(this._$committedValue=[],this._$clear());let n=this._$committedValue,r=0,i;for(let a of t)r===n.length?n.push(i=new e(this._insert(We()),this._insert(We()),this,this.options)):i=n[r],i._$setValue(a),r++;r<n.length&&(this._$clear(i&&S(i._$endNode).nextSibling,r),n.length=r)}_$clear(e=S(this._$startNode).nextSibling,t){for(this._$notifyConnectionChanged?.(!1,!0,t);e!==this._$endNode;){let t=S(e).nextSibling;S(e).remove(),e=t}}setConnected(e){if(this._$parent===void 0)this.__isConnected=e,this._$notifyConnectionChanged?.(e);else throw Error(`part.setConnected() may only be called on a RootPart returned from render().`)}},Nt=class{get tagName(){return this.element.tagName}get _$isConnected(){return this._$parent._$isConnected}constructor(e,t,n,r,i){this.type=mt,this._$committedValue=T,this._$disconnectableChildren=void 0,this.element=e,this.name=t,this._$parent=r,this.options=i,n.length>2||n[0]!==``||n[1]!==``?(this._$committedValue=Array(n.length-1).fill(new String),this.strings=n):this._$committedValue=T,this._sanitizer=void 0}_$setValue(e,t=this,n,r){let i=this.strings,a=!1;if(i===void 0)e=At(this,e,t,0),a=!Ge(e)||e!==this._$committedValue&&e!==Ct,a&&(this._$committedValue=e);else{let r=e;e=i[0];let o,s;for(o=0;o<i.length-1;o++)s=At(this,r[n+o],t,o),s===Ct&&(s=this._$committedValue[o]),a||=!Ge(s)||s!==this._$committedValue[o],s===T?e=T:e!==T&&(e+=(s??``)+i[o+1]),this._$committedValue[o]=s}a&&!r&&this._commitValue(e)}_commitValue(e){e===T?S(this.element).removeAttribute(this.name):(this._sanitizer===void 0&&(this._sanitizer=Et(this.element,this.name,`attribute`)),e=this._sanitizer(e??``),x&&x({kind:`commit attribute`,element:this.element,name:this.name,value:e,options:this.options}),S(this.element).setAttribute(this.name,e??``))}},Pt=class extends Nt{constructor(){super(...arguments),this.type=gt}_commitValue(e){this._sanitizer===void 0&&(this._sanitizer=Et(this.element,this.name,`property`)),e=this._sanitizer(e),x&&x({kind:`commit property`,element:this.element,name:this.name,value:e,options:this.options}),this.element[this.name]=e===T?void 0:e}},Ft=class extends Nt{constructor(){super(...arguments),this.type=_t}_commitValue(e){x&&x({kind:`commit boolean attribute`,element:this.element,name:this.name,value:!!(e&&e!==T),options:this.options}),S(this.element).toggleAttribute(this.name,!!e&&e!==T)}},It=class extends Nt{constructor(e,t,n,r,i){if(super(e,t,n,r,i),this.type=vt,this.strings!==void 0)throw Error(`A \`<${e.localName}>\` has a \`@${t}=...\` listener with invalid content. Event listeners in templates must have exactly one expression and no surrounding text.`)}_$setValue(e,t=this){if(e=At(this,e,t,0)??T,e===Ct)return;let n=this._$committedValue,r=e===T&&n!==T||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==T&&(n===T||r);x&&x({kind:`commit event listener`,element:this.element,name:this.name,value:e,options:this.options,removeListener:r,addListener:i,oldListener:n}),r&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$committedValue=e}handleEvent(e){typeof this._$committedValue==`function`?this._$committedValue.call(this.options?.host??this.element,e):this._$committedValue.handleEvent(e)}},Lt=class{constructor(e,t,n){this.element=e,this.type=yt,this._$disconnectableChildren=void 0,this._$parent=t,this.options=n}get _$isConnected(){return this._$parent._$isConnected}_$setValue(e){x&&x({kind:`commit to element binding`,element:this.element,value:e,options:this.options}),At(this,e)}},Rt={_boundAttributeSuffix:Be,_marker:C,_markerMatch:Ve,_HTML_RESULT:dt,_getTemplateHtml:Ot,_TemplateInstance:jt,_isIterable:qe,_resolveDirective:At,_ChildPart:Mt,_AttributePart:Nt,_BooleanAttributePart:Ft,_EventPart:It,_PropertyPart:Pt,_ElementPart:Lt},zt=b.litHtmlPolyfillSupportDevMode;zt?.(kt,Mt),(b.litHtmlVersions??=[]).push(`3.3.3`),b.litHtmlVersions.length>1&&queueMicrotask(()=>{Me(`multiple-versions`,`Multiple versions of Lit loaded. Loading multiple versions is not recommended.`)});var Bt=(e,t,n)=>{if(t==null)throw TypeError(`The container to render into may not be ${t}`);let r=je++,i=n?.renderBefore??t,a=i._$litPart$;if(x&&x({kind:`begin render`,id:r,value:e,container:t,options:n,part:a}),a===void 0){let e=n?.renderBefore??null;i._$litPart$=a=new Mt(t.insertBefore(We(),e),e,void 0,n??{})}return a._$setValue(e),x&&x({kind:`end render`,id:r,value:e,container:t,options:n,part:a}),a};Bt.setSanitizer=Le,Bt.createSanitizer=ze,Bt._testOnlyClearSanitizerFactoryDoNotCallOrElse=Re;var Vt={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},Ht=e=>(...t)=>({_$litDirective$:e,values:t}),Ut=class{constructor(e){}get _$isConnected(){return this._$parent._$isConnected}_$initialize(e,t,n){this.__part=e,this._$parent=t,this.__attributeIndex=n}_$resolve(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}},{_ChildPart:Wt}=Rt,Gt=window.ShadyDOM?.inUse&&window.ShadyDOM?.noPatch===!0?window.ShadyDOM.wrap:e=>e,Kt=()=>document.createComment(``),qt=(e,t,n)=>{let r=Gt(e._$startNode).parentNode,i=t===void 0?e._$endNode:t._$startNode;if(n===void 0)n=new Wt(Gt(r).insertBefore(Kt(),i),Gt(r).insertBefore(Kt(),i),e,e.options);else{let t=Gt(n._$endNode).nextSibling,a=n._$parent,o=a!==e;if(o){n._$reparentDisconnectables?.(e),n._$parent=e;let t;n._$notifyConnectionChanged!==void 0&&(t=e._$isConnected)!==a._$isConnected&&n._$notifyConnectionChanged(t)}if(t!==i||o){let e=n._$startNode;for(;e!==t;){let t=Gt(e).nextSibling;Gt(r).insertBefore(e,i),e=t}}}return n},E=(e,t,n=e)=>(e._$setValue(t,n),e),Jt={},Yt=(e,t=Jt)=>e._$committedValue=t,Xt=e=>e._$committedValue,Zt=e=>{e._$clear(),e._$startNode.remove()},Qt=Ht(class extends Ut{constructor(){super(...arguments),this.key=T}render(e,t){return this.key=e,t}update(e,[t,n]){return t!==this.key&&(Yt(e),this.key=t),n}});function $t(e){let t=new Map;for(let n of e.steps)for(let e of n.objectives)t.set(e.id,e);return t}function en(e,t){let n=[],r=$t(e);if(t.stepId!==e.stepId&&t.stepId!==``){let e=t.steps.find(e=>e.id===t.stepId),r=e?.objectives.length===1?e.objectives[0]:void 0;e&&r?.title!==e.title&&n.push(`Mission step: ${e.title}`)}let i=[],a=[],o=[];for(let e of t.steps)for(let t of e.objectives){let e=r.get(t.id);t.state===`complete`&&e&&e.state!==`complete`?i.push(`Objective complete: ${t.title}`):t.state===`active`&&(!e||e.state===`pending`)?a.push(`New objective: ${t.title}${tn(t)}`):t.state===`active`&&e?.state===`active`&&t.count!==null&&t.progress!==e.progress&&o.push(`${t.title}: ${t.progress} of ${t.count}`)}if(n.push(...i,...a,...o),t.status!==e.status&&(t.status===`complete`&&n.push(`Mission complete: ${t.missionTitle}`),t.status===`failed`&&n.push(`Mission failed: ${t.missionTitle}`)),t.accolade&&t.accolade.key!==e.accolade?.key){let e=t.accolade;n.push(`Accolade earned: ${e.name}, ${e.description}, ${e.points} points`)}return n}var tn=e=>e.count===null?``:`, ${e.progress} of ${e.count}`;function D(e,t){return!(t>0)||!Number.isFinite(e)?0:Math.min(1,Math.max(0,e/t))}var nn=e=>`${Math.round(e*100)}%`;function rn(e){return e<=0?`empty`:e<.25?`low`:e<.5?`mid`:e<.9999?`high`:`full`}var an=e=>Math.max(0,Math.ceil(e));function on(e){let t=e.toLowerCase();return t===`enemy`||t===`hostile`?`hostile`:t===`ally`||t===`player`||t===`friendly`?`ally`:`neutral`}function sn(e){return e===null||!Number.isFinite(e)?`none`:Math.round(Math.abs(e))===0?`even`:e>0?`behind`:`ahead`}function cn(e){let t=sn(e);if(t===`none`||e===null)return`—`;let n=Math.round(Math.abs(e)),r=String(n%1e3).padStart(3,`0`),i=Math.floor(n/1e3),a=Math.floor(i/3600),o=Math.floor(i/60)%60,s=i%60,c=a>0?`${a}:${String(o).padStart(2,`0`)}:${String(s).padStart(2,`0`)}.${r}`:o>0?`${o}:${String(s).padStart(2,`0`)}.${r}`:`${s}.${r}`;return`${t===`behind`?`+`:t===`ahead`?`−`:``}${c}`}var ln=e=>`${e}×`;function un(e){let t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(void 0,{year:`numeric`,month:`short`,day:`numeric`,hour:`2-digit`,minute:`2-digit`})}var dn=(e,t,n)=>{let r=new Map;for(let i=t;i<=n;i++)r.set(e[i],i);return r},fn=Ht(class extends Ut{constructor(e){if(super(e),e.type!==Vt.CHILD)throw Error(`repeat() can only be used in text expressions`)}_getValuesAndKeys(e,t,n){let r;n===void 0?n=t:t!==void 0&&(r=t);let i=[],a=[],o=0;for(let t of e)i[o]=r?r(t,o):o,a[o]=n(t,o),o++;return{values:a,keys:i}}render(e,t,n){return this._getValuesAndKeys(e,t,n).values}update(e,[t,n,r]){let i=Xt(e),{values:a,keys:o}=this._getValuesAndKeys(t,n,r);if(!Array.isArray(i))return this._itemKeys=o,a;let s=this._itemKeys??=[],c=[],l,u,d=0,f=i.length-1,p=0,m=a.length-1;for(;d<=f&&p<=m;)if(i[d]===null)d++;else if(i[f]===null)f--;else if(s[d]===o[p])c[p]=E(i[d],a[p]),d++,p++;else if(s[f]===o[m])c[m]=E(i[f],a[m]),f--,m--;else if(s[d]===o[m])c[m]=E(i[d],a[m]),qt(e,c[m+1],i[d]),d++,m--;else if(s[f]===o[p])c[p]=E(i[f],a[p]),qt(e,i[d],i[f]),f--,p++;else if(l===void 0&&(l=dn(o,p,m),u=dn(s,d,f)),!l.has(s[d]))Zt(i[d]),d++;else if(!l.has(s[f]))Zt(i[f]),f--;else{let t=u.get(o[p]),n=t===void 0?null:i[t];if(n===null){let t=qt(e,i[d]);E(t,a[p]),c[p]=t}else c[p]=E(n,a[p]),qt(e,i[d],n),i[t]=null;p++}for(;p<=m;){let t=qt(e,c[m+1]);E(t,a[p]),c[p++]=t}for(;d<=f;){let e=i[d++];e!==null&&Zt(e)}return this._itemKeys=o,Yt(e,c),Ct}}),O=e=>e.preventDefault();function pn(e){let t=e.readyIn>0,n=e.active?`active`:t?`cooldown`:`ready`;return w`<li
    class="ability is-${n}"
    data-testid="ability"
    data-ability-id=${e.id}
    data-state=${n}
    aria-label=${`${e.slot}: ${e.name}${e.active?`, active`:t?`, ready in ${an(e.readyIn)} seconds`:`, ready`}`}
  >
    <span class="ability-slot" aria-hidden="true">${e.slot}</span>
    <span class="ability-name ${Ae(e.name,18,28)}" aria-hidden="true"
      >${e.name}</span
    >
    ${t?w`<span class="ability-cooldown" aria-hidden="true">${an(e.readyIn)}</span>`:T}
  </li>`}function mn({s:e}){let t=e.interaction,n=h(e.settings.bindings.interact),r=h(e.settings.bindings.hail);return w`<div class="action-area">
    <div class="prompts">
      ${t?w`<div class="prompt interact-prompt" data-testid="interact-prompt" role="status">
            <span class="key">${n}</span>
            <span class="prompt-text">${t.label}</span>
            ${t.progress>0?w`<div
                  class="hold"
                  role="progressbar"
                  aria-label="Hold progress"
                  aria-valuemin="0"
                  aria-valuemax="100"
                  aria-valuenow=${Math.round(t.progress*100)}
                >
                  <div
                    class="hold-fill"
                    style="width:${(Math.min(1,t.progress)*100).toFixed(1)}%"
                  ></div>
                </div>`:T}
          </div>`:T}
      ${fn(e.hails,e=>e.id,t=>w`<button
            type="button"
            class="prompt hail-prompt"
            data-testid="hail-prompt"
            @mousedown=${O}
            data-contact=${t.id}
            @click=${()=>e.actions.hail(t.id)}
          >
            <span class="key">${r}</span>
            <span class="prompt-text">Hail ${t.name}</span>
          </button>`)}
    </div>
    ${e.abilities.length>0?w`<ol class="panel ability-bar" data-testid="ability-bar" aria-label="Abilities">
          ${fn(e.abilities,e=>e.id,pn)}
        </ol>`:T}
  </div>`}function hn(e,t){let n;try{n=e()}catch{return}return{getItem:e=>{let r=e=>e===null?null:JSON.parse(e,t?.reviver),i=n.getItem(e)??null;return gn(i)?i.then(r):r(i)},setItem:(e,r)=>n.setItem(e,JSON.stringify(r,t?.replacer)),removeItem:e=>n.removeItem(e)}}var gn=e=>typeof e?.then==`function`,_n=e=>({then(t){return t?vn(t)(e):this}}),vn=e=>t=>{try{let n=e(t);return gn(n)?n:_n(n)}catch(e){return{then(t,n){return n?vn(n)(e):this}}}},yn=(e,t)=>(n,r,i)=>{let a={storage:hn(()=>window.localStorage),partialize:e=>e,version:0,merge:(e,t)=>({...t,...e}),...t},o=!1,s=0,c=new Set,l=new Set,u=a.storage;if(!u)return e((...e)=>{console.warn(`[zustand persist middleware] Unable to update item '${a.name}', the given storage is currently unavailable.`),n(...e)},r,i);let d=()=>{let e=a.partialize({...r()});return u.setItem(a.name,{state:e,version:a.version})},f=i.setState;i.setState=(...e)=>(f(...e),d());let p=e((...e)=>(n(...e),d()),r,i);i.getInitialState=()=>p;let m,ee=()=>{if(!u)return;let e=++s;o=!1,c.forEach(e=>e(r()??p));let t=a.onRehydrateStorage?.call(a,r()??p)||void 0;return vn(u.getItem.bind(u))(a.name).then(e=>{if(e){if(typeof e.version==`number`&&e.version!==a.version){if(a.migrate){let t=a.migrate(e.state,e.version);return gn(t)?t.then(e=>[!0,e]):[!0,t]}console.error(`State loaded from storage couldn't be migrated since no migrate function was provided`)}else return[!1,e.state]}return[!1,void 0]}).then(t=>{if(e!==s)return;let[i,o]=t;if(m=a.merge(o,r()??p),n(m,!0),i)return d()}).then(()=>{e===s&&(t?.(r(),void 0),m=r(),o=!0,l.forEach(e=>e(m)))}).then(()=>void 0,n=>{e===s&&t?.(void 0,n)})};return i.persist={setOptions:e=>{a={...a,...e},e.storage&&(u=e.storage)},clearStorage:()=>{++s,u?.removeItem(a.name)},getOptions:()=>a,rehydrate:()=>{try{return Promise.resolve(ee())}catch(e){return Promise.reject(e)}},hasHydrated:()=>o,onHydrate:e=>(c.add(e),()=>{c.delete(e)}),onFinishHydration:e=>(l.add(e),()=>{l.delete(e)})},a.skipHydration||ee(),m||p},bn=_.nameChars,xn=`war-games`;function Sn(e){return e>=50?`Vice Admiral`:e>=45?`Rear Admiral, Upper Half`:e>=40?`Rear Admiral, Lower Half`:e>=30?`Captain`:e>=20?`Commander`:e>=10?`Lieutenant Commander`:`Lieutenant`}var Cn=e=>e.normalize(`NFC`).trim(),wn=/[\u202A-\u202E\u2066-\u2069]/u,Tn=/\p{Cc}/u,En=/^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u;function Dn(e){let t=Cn(e);return t.length===0?`Give your captain a name.`:t.length>bn?`A name has at most ${bn} characters.`:Tn.test(t)?`A name cannot hold control characters.`:wn.test(t)?`A name cannot hold text-direction controls (such as right-to-left override); type the name as it should read.`:En.test(t)?`This name would show as nothing: it has only spaces or invisible characters. Give your captain a name with letters or digits.`:null}var On=e=>Number.isInteger(e)&&e>=36&&e<=50;function kn(e,t){return Dn(e)??(On(t)?null:`Level must be a whole number from 36 to 50.`)}var An=Array.from({length:15},(e,t)=>36+t);function jn(e,t,n,r){return{id:e,name:Cn(t),level:n,createdAt:r,prerequisitesDone:n>=36?[xn]:[],missions:{},tallies:{},accolades:{},sp:0,exp:0,items:[],run:null,speedrun:{}}}function Mn(e,t){return e.level>=t.levelRange.min&&e.level<=t.levelRange.max&&t.prerequisites.every(t=>e.prerequisitesDone.includes(t.id))}var Nn=(e,t)=>(k(e.missions,t)?.completions??0)>0;function k(e,t){return Object.hasOwn(e,t)?e[t]:void 0}function Pn(e,t){return t.map(t=>{let n=k(e.accolades,t.id)??null,r=t.award.on===`tally`?{value:Math.min(t.award.threshold,k(e.tallies,t.award.tally)??0),target:t.award.threshold}:null;return{id:t.id,name:t.name,description:t.description,points:t.points,category:t.category,earned:n!==null,earnedAt:n,progress:r}})}function Fn(e,t){return t.reduce((t,n)=>t+(k(e.accolades,n.id)?n.points:0),0)}function In(e,t,n,r){let i=k(e.missions,t.missionId),a={...e.tallies};for(let[e,n]of Object.entries(t.tallies))a[e]=(k(a,e)??0)+n;let o={...e,missions:{...e.missions,[t.missionId]:{completions:(i?.completions??0)+1,firstCompletedAt:i?.firstCompletedAt??r,bestIgtTicks:Math.min(i?.bestIgtTicks??2**53-1,t.igtTicks)}},tallies:a,sp:e.sp+t.reward.sp,exp:e.exp+t.reward.exp,items:[...e.items,{missionId:t.missionId,mark:t.reward.mark,kind:t.reward.kind,at:r}].slice(-_.itemsPerCaptain),accolades:{...e.accolades},run:null},s=[];for(let e of n)k(o.accolades,e.id)||(e.award.on===`missionCompleted`||(k(a,e.award.tally)??0)>=e.award.threshold)&&(o.accolades[e.id]=r,s.push(e));return{captain:o,earned:s}}function Ln(e,t,n,r){let i=n.filter(n=>n.award.on!==`missionCompleted`&&!k(e.accolades,n.id)&&(k(e.tallies,n.award.tally)??0)+(k(t,n.award.tally)??0)>=n.award.threshold);if(i.length===0)return{captain:e,earned:i};let a={...e,accolades:{...e.accolades}};for(let e of i)a.accolades[e.id]=r;return{captain:a,earned:i}}var Rn=e=>e.captains.find(t=>t.id===e.activeId)??null;function zn(e){let t=(e,t,n)=>e(e=>({captains:e.captains.map(e=>e.id===t?n(e):e)})),n=(t,n,r)=>{if(n.length>=_.captains)return{ok:!1,problem:`The game keeps at most ${_.captains} captains, and you have ${n.length}. “${r.name}” was not added; your captains are unchanged.`};let i={captains:[...n,r],activeId:r.id},a=e.commit(i);return a?{ok:!1,problem:`“${r.name}” could not be saved: ${a}. Your captains are unchanged.`}:(t(i),{ok:!0,captain:r})};return _e()(yn((r,i)=>({captains:[],activeId:null,create(t,a){return n(r,i().captains,jn(e.newId(),t,a,e.now()))},add(t){let{captains:a}=i(),o=a.some(e=>e.id===t.id);return n(r,a,o?{...t,id:e.newId()}:t)},select(e){r(t=>t.captains.some(t=>t.id===e)?{activeId:e}:{})},setLevel(e,n){On(n)&&t(r,e,e=>({...e,level:n,prerequisitesDone:e.prerequisitesDone.includes(`war-games`)?e.prerequisitesDone:[...e.prerequisitesDone,xn]}))},remove(e){r(t=>{let n=t.captains.filter(t=>t.id!==e);return{captains:n,activeId:t.activeId===e?n[0]?.id??null:t.activeId}})},put(e){r(t=>({captains:t.captains.some(t=>t.id===e.id)?t.captains.map(t=>t.id===e.id?e:t):[...t.captains,e]}))},setCheckpoint(e,n){t(r,e,e=>({...e,run:n}))},setBoard(e,n,i){t(r,e,e=>({...e,speedrun:{...e.speedrun,[n]:i}}))}}),{name:e.name,version:e.version,storage:e.storage,partialize:e=>({captains:e.captains,activeId:e.activeId}),migrate:(t,n)=>e.migrate(t,n),onRehydrateStorage:()=>(t,n)=>{n&&e.onRehydrateError(n)}}))}function Bn(e,t,n){return w`<label class="field">
    <span class="field-label">${n}</span>
    <select
      data-testid="captain-level"
      .value=${String(e)}
      @change=${e=>t(Number(e.target.value))}
    >
      ${An.map(t=>w`<option value=${t} ?selected=${t===e}>${t} · ${Sn(t)}</option>`)}
    </select>
  </label>`}function Vn({s:e,ui:t,cmd:n}){return w`<form class="captain-create" data-testid="captain-create" @submit=${t=>{t.preventDefault();let r=t.target,i=r.elements.namedItem(`captain-name`).value,a=Number(r.elements.namedItem(`captain-level`).value),o=e.actions.createCaptain(i,a);n.setCreateError(o),o||n.setCreating(!1)}}>
    <h2 class="panel-title">New captain</h2>
    <label class="field">
      <span class="field-label">Name</span>
      <input
        name="captain-name"
        data-testid="captain-name"
        maxlength=${bn}
        autocomplete="off"
        required
        data-autofocus
      />
    </label>
    <label class="field">
      <span class="field-label">Level</span>
      <select name="captain-level" data-testid="captain-level">
        ${An.map(e=>w`<option value=${e}>${e} · ${Sn(e)}</option>`)}
      </select>
    </label>
    <p class="hint">Every captain from level 36 has finished “War Games”, the episode before.</p>
    <div class="form-error-slot" data-testid="create-error-slot">
      ${t.createError?w`<p class="form-error" role="alert" data-testid="create-error">${t.createError}</p>`:T}
    </div>
    <div class="row">
      <button type="submit" class="btn btn-primary" data-testid="create-captain">Create captain</button>
      ${e.profile.captains.length>0?w`<button type="button" class="btn" @click=${()=>n.setCreating(!1)}>Cancel</button>`:T}
    </div>
  </form>`}function Hn({s:e}){return w`<label class="btn btn-file">
    Import…
    <input
      type="file"
      accept="application/json,.json"
      data-testid="import-captain"
      class="visually-hidden"
      @change=${async t=>{let n=t.target,r=n.files?.[0];n.value=``,r&&e.actions.importCaptain(await r.text())}}
    />
  </label>`}function Un({s:e}){return w`<button
    type="button"
    class="btn"
    data-testid="title-replays"
    @click=${()=>e.actions.openReplays(!0)}
  >
    Replays (${h(e.settings.bindings.replays??`KeyR`)})
  </button>`}function Wn(e){let{s:t,ui:n,cmd:r}=e,i=t.profile,a=i.active,o=n.creating||i.captains.length===0,s=t.status===`offered`&&i.journal.some(e=>e.state===`available`),c=(e,n)=>w`<button
      type="button"
      class=${n?`btn btn-primary`:`btn`}
      data-testid="accept-mission"
      @click=${()=>t.actions.accept()}
    >
      ${e}
    </button>`;return w`<div class="title-panel-wrap">
    <section class="panel captain-panel" data-testid="captain-panel" data-modal="title" aria-label="Captain">
      ${o?Vn(e):a?w`<h2 class="panel-title">Captain</h2>
              ${i.captains.length>1?w`<label class="field">
                    <span class="field-label">Playing as</span>
                    <select
                      data-testid="captain-select"
                      .value=${a.id}
                      @change=${e=>t.actions.selectCaptain(e.target.value)}
                    >
                      ${i.captains.map(e=>w`<option value=${e.id} ?selected=${e.id===a.id}>${e.name}</option>`)}
                    </select>
                  </label>`:T}
              <div class="captain-card" data-testid="captain-card">
                <div class="captain-name">${a.name}</div>
                <div class="captain-rank" data-testid="captain-rank">${a.rank} · Level ${a.level}</div>
                <div class="captain-score">Accolade Score <strong>${a.accoladeScore}</strong></div>
              </div>
              ${Bn(a.level,e=>t.actions.setCaptainLevel(e),`Level (the replay rewards follow it)`)}
              <div class="row">
                ${s?c(`Accept ${t.missionTitle}`,!0):T}
                <button type="button" class=${s?`btn`:`btn btn-primary`} data-testid="launch" data-autofocus @click=${()=>t.actions.launch()}>
                  Warp to the Bajor Sector
                </button>
                ${a.checkpoint?w`<button type="button" class="btn" data-testid="resume-run" @click=${()=>t.actions.resume()}>
                      Resume: ${a.checkpoint.stepTitle}
                    </button>`:T}
              </div>
              <div class="row row-small">
                <button type="button" class="btn" data-testid="open-journal" @click=${()=>r.setWindow(`journal`)}>Journal (J)</button>
                <button type="button" class="btn" data-testid="open-accolades" @click=${()=>r.setWindow(`accolades`)}>Accolades (L)</button>
                ${Un(e)}
                <button type="button" class="btn" data-testid="export-captain" @click=${()=>t.actions.exportCaptain()}>Export</button>
                ${Hn(e)}
                <button type="button" class="btn" data-testid="new-captain" @click=${()=>r.setCreating(!0)}>New captain</button>
              </div>`:T}
      ${o&&i.captains.length===0?w`<div class="row row-small">
            ${Hn(e)}
            ${Un(e)}
            ${s?c(`Play as a guest (nothing is saved)`,!1):T}
          </div>`:T}
      ${i.importError?w`<p class="form-error" role="alert" data-testid="import-error">${i.importError}</p>`:T}
    </section>
  </div>`}function Gn({s:e,cmd:t},n){let r={available:`Available`,"in-progress":`In progress`,completed:`Completed`,locked:`Locked`}[n.state],i=n.state===`available`&&e.status===`offered`;return w`<li class="journal-mission is-${n.state}" data-testid="journal-mission" data-mission-id=${n.id} data-state=${n.state}>
    <div class="journal-head">
      <span class="journal-title">${n.title}</span>
      <span class="journal-state">${r}${n.completions>0?` · ${n.completions}×`:``}</span>
    </div>
    <p class="journal-summary">${n.summary}</p>
    ${n.currentStep?w`<p class="journal-step">Now: ${n.currentStep}</p>`:T}
    <p class="journal-meta">
      Levels ${n.levelRange} · Requires
      ${n.prerequisites.map(e=>w`<span class=${e.done?`prereq-done`:`prereq-missing`}>${e.done?`✓`:`✗`} ${e.title}</span>`)}
      ${n.bestIgt?w` · Best time <time>${n.bestIgt}</time>`:T}
    </p>
    ${n.nextReward?w`<p class="journal-reward">
          ${n.nextReward.reason}: ${n.nextReward.sp} SP, ${n.nextReward.exp} Exp, Mark ${n.nextReward.mark} item
        </p>`:T}
    ${n.historical?w`<p class="note historical">${n.historical}</p>`:T}
    <div class="row">
      ${i?w`<button type="button" class="btn btn-primary" data-testid="journal-accept" @click=${()=>{e.actions.accept(),t.setWindow(null)}}>
            Accept mission
          </button>`:T}
      ${n.state===`completed`?w`<button type="button" class="btn btn-primary" data-testid="replay-mission" @click=${()=>{t.setWindow(null),e.actions.replay()}}>
            Replay mission
          </button>`:T}
    </div>
  </li>`}function Kn({s:e,cmd:t}){let n=e.practice;return n.steps.length===0?T:w`<section class="journal-practice" data-testid="practice" aria-labelledby="sto-practice-title">
    <h2 class="section-title" id="sto-practice-title">Practice a step</h2>
    <p class="hint">
      Play one step from where it begins, timed on its own. Practice runs are kept as replays
      marked Practice; they never count as a personal best for the whole mission.
    </p>
    ${n.error?w`<p class="form-error" role="alert" data-testid="practice-error">${n.error}</p>`:T}
    <ol class="practice-steps">
      ${n.steps.map(r=>w`<li class="practice-step" data-testid="practice-entry" data-step-id=${r.id}>
          <span class="practice-title">${r.title}</span>
          <span class="practice-best" data-testid="practice-best" title="Your best time for this step">
            ${r.best?w`Best <time>${r.best}</time>`:`No time yet`}
          </span>
          <button
            type="button"
            class="btn btn-small"
            data-testid="practice-step"
            data-step-id=${r.id}
            ?disabled=${n.preparing!==null}
            aria-label=${`Practise ${r.title}`}
            @click=${()=>{t.setWindow(null),e.actions.practiceStep(r.id)}}
          >
            ${n.preparing===r.id?`Preparing…`:`Practise`}
          </button>
        </li>`)}
    </ol>
  </section>`}function qn(e){let{s:t,cmd:n}=e,r=t.profile.active;return w`<div class="backdrop backdrop-window">
    <section class="dialog window journal" role="dialog" aria-modal="true" aria-labelledby="sto-journal-title" data-testid="journal" data-modal="journal">
      <header class="dialog-head">
        <span class="dialog-kicker">Mission Journal</span>
        <h1 id="sto-journal-title" class="dialog-title">${r?`${r.name} · ${r.rank}`:`Journal`}</h1>
      </header>
      <div class="dialog-body">
        <ul class="journal-list">${t.profile.journal.map(r=>Gn({s:t,ui:e.ui,cmd:n},r))}</ul>
        ${Kn(e)}
        ${r?w`<h2 class="section-title">Rewards earned</h2>
              <dl class="journal-totals">
                <div><dt>Skill Points</dt><dd data-testid="journal-sp">${r.sp}</dd></div>
                <div><dt>Expertise</dt><dd data-testid="journal-exp">${r.exp}</dd></div>
              </dl>
              ${r.items.length>0?w`<ul class="journal-items" data-testid="journal-items">
                    ${r.items.map(e=>w`<li>Mark ${e.mark} item · ${e.missionTitle}${e.kind===`replay`?` (Mission Replay)`:``}</li>`)}
                  </ul>`:w`<p class="hint">No items yet.</p>`}
              ${r.guest?w`<p class="hint">Playing without a captain: progress is not saved.</p>`:T}`:T}
      </div>
      <footer class="dialog-foot">
        <button
          type="button"
          class="btn"
          data-testid="journal-replays"
          @click=${()=>{n.setWindow(null),t.actions.openReplays(!0)}}
        >
          Replays
        </button>
        <button type="button" class="btn" data-autofocus @click=${()=>n.setWindow(null)}>Close</button>
      </footer>
    </section>
  </div>`}function Jn(e){return w`<li class="accolade-entry ${e.earned?`is-earned`:`is-unearned`}" data-testid="accolade" data-accolade-id=${e.id} data-earned=${String(e.earned)}>
    <span class="accolade-entry-mark" aria-hidden="true">${e.earned?`★`:`☆`}</span>
    <div class="accolade-entry-text">
      <div class="accolade-entry-name">${e.name} <span class="accolade-entry-points">${e.points}</span></div>
      <div class="accolade-entry-desc">${e.description}</div>
      ${e.progress?w`<div class="accolade-entry-progress" data-testid="accolade-progress">
            <progress max=${e.progress.target} value=${e.progress.value}></progress>
            <span>${e.progress.value}/${e.progress.target}</span>
          </div>`:T}
    </div>
    <span class="accolade-entry-state">${e.earned?`Earned`:`Not yet`}</span>
  </li>`}function Yn({s:e,cmd:t}){let n=e.profile.active,r=n?.accolades??[],i=[...new Set(r.map(e=>e.category))];return w`<div class="backdrop backdrop-window">
    <section class="dialog window accolades" role="dialog" aria-modal="true" aria-labelledby="sto-accolades-title" data-testid="accolade-window" data-modal="accolades">
      <header class="dialog-head">
        <span class="dialog-kicker">Accolades</span>
        <h1 id="sto-accolades-title" class="dialog-title">
          Accolade Score <span data-testid="accolade-score">${n?.accoladeScore??0}</span>
        </h1>
      </header>
      <div class="dialog-body">
        ${i.map(e=>w`<h2 class="section-title">${e===`defeat`?`Defeat`:e===`mission`?`Mission`:e}</h2>
            <ul class="accolade-list">${r.filter(t=>t.category===e).map(Jn)}</ul>`)}
      </div>
      <footer class="dialog-foot">
        <button type="button" class="btn" data-autofocus @click=${()=>t.setWindow(null)}>Close</button>
      </footer>
    </section>
  </div>`}function Xn({s:e}){let t=e.profile.notices;return t.length===0?T:w`<div class="notice-layer">
    ${t.map((t,n)=>w`<div class="panel save-notice" role="alert" data-testid="save-notice">
        <p>${t.text}</p>
        ${t.exportLabel?w`<button type="button" class="btn btn-small" data-testid="notice-export" @click=${()=>e.actions.exportNotice(n)}>${t.exportLabel}</button>`:T}
        <button type="button" class="btn btn-small" aria-label="Dismiss" @click=${()=>e.actions.dismissNotice(n)}>✕</button>
      </div>`)}
  </div>`}function Zn({s:e,ui:t,cmd:n}){let r=e.dialogue;return w`<div class="comm-slot" aria-live="polite">
    ${r!==null&&t.commKey===r.key?w`<aside
          class="panel comm"
          data-testid="dialogue-panel"
          data-key=${r.key}
          aria-label=${`Incoming comm from ${r.speaker}`}
          title="Click to dismiss"
          @click=${n.dismissComm}
        >
          <header class="comm-head">
            <span class="comm-signal" aria-hidden="true"></span>
            <span class="comm-kind">Incoming transmission</span>
            <button
              type="button"
              class="comm-close"
              aria-label="Dismiss transmission"
              @mousedown=${O}
              @click=${e=>{e.stopPropagation(),n.dismissComm()}}
            >
              ×
            </button>
          </header>
          <div class="comm-speaker">${r.speaker}</div>
          ${r.lines.map(e=>w`<p class="comm-line">${e}</p>`)}
        </aside>`:T}
  </div>`}function Qn({ui:e}){let t=e.accolades[0];return t?w`<aside
    class="panel accolade"
    data-testid="accolade-toast"
    data-accolade-id=${t.id}
    aria-label="Accolade earned"
  >
    <div class="accolade-medal" aria-hidden="true">★</div>
    <div class="accolade-body">
      <div class="accolade-kicker">Accolade earned</div>
      <div class="accolade-name" data-testid="accolade-name">
        ${t.name} — ${t.description} (${t.points})
      </div>
    </div>
    <div class="accolade-points" data-testid="accolade-points">
      <strong>${t.points}</strong><span>points</span>
    </div>
  </aside>`:T}function $n({s:e},t){let n=e.leaderboard;if(!n.server||!t)return T;let r=n.submissions[t];return w`<span class="submit-run">
    <button
      type="button"
      class="btn btn-small"
      data-testid="submit-run"
      ?disabled=${r?.status===`sending`||r?.status===`pending`||r?.status===`verified`}
      @click=${()=>e.actions.submitRun(t)}
    >
      Submit to leaderboard
    </button>
    ${r?w`<span class="submit-status is-${r.status}" role="status" data-testid="submit-status" data-status=${r.status}
            >${r.message}</span
          >`:T}
  </span>`}function er({s:e}){let t=e.leaderboard,n=e.actions;return w`<div class="backdrop backdrop-window">
    <section
      class="dialog window leaderboard"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-board-title"
      data-testid="leaderboard"
      data-modal="leaderboard"
    >
      <header class="dialog-head">
        <span class="dialog-kicker">Verified by re-simulation</span>
        <h1 id="sto-board-title" class="dialog-title">Leaderboard</h1>
      </header>
      <div class="dialog-body">
        <div class="board-filters">
          <label>
            <span>Category</span>
            <select
              data-testid="board-category"
              @change=${e=>n.showBoard(e.target.value,t.difficulty)}
            >
              ${t.categories.map(e=>w`<option value=${e} ?selected=${e===t.category}>${e}</option>`)}
            </select>
          </label>
          <label>
            <span>Difficulty</span>
            <select
              data-testid="board-difficulty"
              @change=${e=>n.showBoard(t.category,e.target.value)}
            >
              ${t.difficulties.map(e=>w`<option value=${e} ?selected=${e===t.difficulty}>${e}</option>`)}
            </select>
          </label>
          <span class="note">${t.server}</span>
        </div>
        ${t.error?w`<p class="form-error" role="alert" data-testid="board-error">${t.error}</p>`:T}
        ${t.loading?w`<p class="note" data-testid="board-loading">Loading…</p>`:T}
        ${!t.loading&&!t.error&&t.entries.length===0?w`<p class="replays-empty" data-testid="board-empty">No verified runs on this board yet.</p>`:T}
        ${t.entries.length>0?w`<ol class="board-list" aria-label="Ranked runs">
              ${fn(t.entries,e=>e.runId,e=>w`<li
                  class="board-entry ${e.mine?`is-mine`:``}"
                  data-testid="board-entry"
                  data-mine=${String(e.mine)}
                  data-place=${e.place}
                  aria-current=${e.mine?`true`:`false`}
                >
                  <span class="board-place">${e.place}</span>
                  <span class="board-runner" data-testid="board-runner">${e.runner}</span>
                  <time class="board-igt" data-testid="board-igt">${e.igt}</time>
                  <button type="button" class="btn btn-small" data-testid="board-watch" @click=${()=>n.watchBoardEntry(e.runId)}>
                    Watch
                  </button>
                  <button type="button" class="btn btn-small" data-testid="board-ghost" @click=${()=>n.raceBoardEntry(e.runId)}>
                    Race as ghost
                  </button>
                </li>`)}
            </ol>`:T}
      </div>
      <footer class="dialog-foot">
        <span class="hint">${t.total} ${t.total===1?`runner`:`runners`}</span>
        <button type="button" class="btn" data-testid="leaderboard-close" data-autofocus @click=${()=>n.openLeaderboard(!1)}>
          Close
        </button>
      </footer>
    </section>
  </div>`}function tr({s:e}){let t=e.briefing;return w`<div class="backdrop backdrop-offer">
    <section
      class="dialog offer"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-offer-title"
      aria-describedby="sto-offer-summary"
      data-testid="offer-panel"
      data-modal="offer"
    >
      <header class="dialog-head">
        <span class="dialog-kicker" data-testid="offer-kind">${e.offerReplay?`Mission Replay · reduced rewards`:`Priority One · New Mission`}</span>
        <h1 id="sto-offer-title" class="dialog-title">${e.missionTitle}</h1>
      </header>
      <div class="dialog-body offer-body">
        ${t.offer?w`<p class="offer-hail">${t.offer}</p>`:T}
        ${t.summary?w`<p id="sto-offer-summary" class="offer-summary">${t.summary}</p>`:T}
        ${t.body.map(e=>w`<p class="offer-para">${e}</p>`)}
        ${t.historical?w`<p class="note historical">${t.historical}</p>`:T}
      </div>
      <footer class="dialog-foot">
        <span class="hint">Press <kbd>Enter</kbd> to accept</span>
        <button type="button" class="btn" data-testid="decline-mission" @click=${()=>e.actions.declineOffer()}>
          Not now
        </button>
        <button
          type="button"
          class="btn btn-primary"
          data-testid="accept-mission"
          data-autofocus
          @click=${()=>e.actions.accept()}
        >
          Accept Mission
        </button>
      </footer>
    </section>
  </div>`}function nr(e){let{s:t}=e,n=t.rewards;return n?w`<div class="backdrop">
    <section
      class="dialog rewards"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-rewards-title"
      data-testid="rewards-dialog"
      data-kind=${n.kind}
      data-modal="rewards"
    >
      <header class="dialog-head">
        <span class="dialog-kicker">Mission Complete</span>
        <h1 id="sto-rewards-title" class="dialog-title">Mission Complete: ${t.missionTitle}</h1>
      </header>
      <div class="dialog-body">
        <p class="rewards-reason" data-testid="reward-reason">${n.reason}</p>
        <dl class="rewards-list">
          <div class="reward">
            <dt>Skill Points</dt>
            <dd data-testid="reward-sp">${n.sp}</dd>
          </div>
          <div class="reward">
            <dt>Expertise</dt>
            <dd data-testid="reward-exp">${n.exp}</dd>
          </div>
          <div class="reward reward-item">
            <dt>Item</dt>
            <dd data-testid="reward-mark">Mark ${n.mark}</dd>
          </div>
        </dl>
        <dl class="rewards-meta">
          <div><dt>Rank</dt><dd data-testid="reward-rank">${n.rank}</dd></div>
          <div><dt>Level</dt><dd data-testid="reward-level">${n.level}</dd></div>
          <div><dt>In-game time</dt><dd data-testid="reward-igt">${n.igt}</dd></div>
        </dl>
        ${t.lastRunId?w`<div class="rewards-run" data-testid="rewards-run">
              <span class="rewards-run-label">This run is recorded</span>
              <button type="button" class="btn btn-small" data-testid="watch-replay" @click=${()=>t.actions.watchLastRun()}>
                Watch replay
              </button>
              <button type="button" class="btn btn-small" data-testid="download-replay" @click=${()=>t.actions.downloadLastRun()}>
                Download replay
              </button>
              ${$n(e,t.lastRunId)}
            </div>`:T}
      </div>
      <footer class="dialog-foot">
        <button type="button" class="btn" data-testid="rewards-replay" @click=${()=>t.actions.replay()}>
          Replay mission
        </button>
        <button
          type="button"
          class="btn btn-primary"
          data-testid="rewards-close"
          data-autofocus
          @click=${()=>t.actions.closeRewards()}
        >
          Close
        </button>
      </footer>
    </section>
  </div>`:T}function rr({s:e}){let t=e.failure;return t?w`<section class="panel failure" data-testid="failure-notice" role="alert">
    <div class="failure-title">Mission Failed</div>
    <p class="failure-reason">${t.reason}</p>
    <p class="failure-restart">
      Restarting from checkpoint in <strong>${an(t.restartIn)}</strong>
    </p>
  </section>`:T}function ir({s:e}){let t=e.runError;return t?w`<div class="run-error-layer">
    <section class="panel failure run-error" role="alert" data-testid="run-error">
      <div class="failure-title">The run has stopped</div>
      <p class="failure-reason">
        An error stopped the simulation at tick ${t.tick}: <code>${t.message}</code>
      </p>
      <p class="failure-restart">
        Nothing more will happen in this run. Reload the page to play on from your last
        checkpoint.
      </p>
    </section>
  </div>`:T}function ar({s:e}){return w`<div class="backdrop">
    <section
      class="dialog errors"
      role="alertdialog"
      aria-labelledby="sto-errors-title"
      data-testid="error-list"
      data-modal="errors"
      tabindex="-1"
    >
      <header class="dialog-head is-danger">
        <span class="dialog-kicker">System failure</span>
        <h1 id="sto-errors-title" class="dialog-title">The mission could not start</h1>
      </header>
      <div class="dialog-body">
        ${e.errors.length>0?w`<ul class="error-items">
              ${e.errors.map(e=>w`<li><code>${e}</code></li>`)}
            </ul>`:w`<p>An unknown error stopped the mission.</p>`}
      </div>
    </section>
  </div>`}function or(e){if(!e.settings.hints||e.phase!==`playing`||e.sceneKind!==`space`||!e.player)return null;let t=e.settings.bindings,n=e.controlsUsed;return{parts:[{id:`throttle`,keys:`${h(t.forward)}/${h(t.back)}`,action:`throttle`,used:n.throttle},{id:`turn`,keys:`${h(t.left)}/${h(t.right)}`,action:`turn`,used:n.turn},{id:`fire`,keys:h(t.fire),action:`fire`,used:n.fire}],done:n.throttle}}var sr=e=>e.map(e=>`${e.keys} ${e.action}`).join(` · `);function cr({s:e}){let t=or(e);return t?w`<div
    class="controls-hint ${t.done?`is-done`:``}"
    data-testid="controls-hint"
    data-state=${t.done?`done`:`shown`}
    role="note"
    aria-label=${sr(t.parts)}
  >
    ${t.parts.map((e,t)=>w`${t>0?w`<span class="hint-sep" aria-hidden="true"> · </span>`:T}<span
            class="hint-part ${e.used?`is-used`:``}"
            data-control=${e.id}
            aria-hidden="true"
            ><kbd>${e.keys}</kbd> ${e.action}</span
          >`)}
  </div>`:T}function lr({s:e}){let t=e.helm;if(e.sceneKind!==`space`||!t)return T;let n=`Throttle ${t.throttle}%, speed ${t.speed}${t.fullImpulse?`, Full Impulse`:``}`;return w`<section
    class="panel helm ${t.fullImpulse?`is-full-impulse`:``}"
    data-testid="throttle"
    data-throttle=${t.throttle}
    data-speed=${t.speed}
    data-full-impulse=${t.fullImpulse?`true`:`false`}
    aria-label=${n}
  >
    <div class="helm-row">
      <span class="helm-label">Throttle</span>
      <div
        class="bar bar-throttle"
        role="meter"
        aria-label="Throttle"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${t.throttle}
      >
        <div class="bar-fill" style="width:${t.throttle}%"></div>
      </div>
      <span class="helm-value" data-testid="throttle-value">${t.throttle}%</span>
    </div>
    <div class="helm-row">
      <span class="helm-label">Speed</span>
      <span class="helm-speed" data-testid="speed-value">${t.speed}</span>
      ${t.fullImpulse?w`<span class="helm-full" data-testid="full-impulse">Full Impulse</span>`:T}
    </div>
  </section>`}var ur=[{id:`master`,label:`Master volume`},{id:`effects`,label:`Effects volume`},{id:`music`,label:`Music volume`}],dr=e=>Math.round(Math.min(1,Math.max(0,e))*100);function fr({s:e,ui:t,cmd:n}){let r=t=>e.actions.updateSettings(t),i=e.settings.bindings;return w`<div class="settings" data-testid="settings-panel">
    <h2 class="section-title">Audio</h2>
    ${ur.map(({id:t,label:n})=>{let i=dr(e.settings[t]);return w`<label class="slider-row">
        <span class="slider-label">${n}</span>
        <input
          type="range"
          min="0"
          max="100"
          step="1"
          data-testid=${`setting-${t}`}
          .value=${String(i)}
          ?data-autofocus=${t===`master`}
          @input=${e=>r({[t]:Number(e.target.value)/100})}
        />
        <output class="slider-value">${i}</output>
      </label>`})}
    <h2 class="section-title">Accessibility</h2>
    <label class="check-row">
      <input
        type="checkbox"
        data-testid="setting-reduced-motion"
        .checked=${e.settings.reducedMotion}
        @change=${e=>r({reducedMotion:e.target.checked})}
      />
      <span>Reduced motion</span>
    </label>
    <label class="check-row">
      <input
        type="checkbox"
        data-testid="setting-hints"
        .checked=${e.settings.hints}
        @change=${e=>r({hints:e.target.checked})}
      />
      <span>Controls hint in space (shown until the throttle has been used)</span>
    </label>
    <h2 class="section-title">Replays</h2>
    <label class="check-row">
      <input
        type="checkbox"
        data-testid="ghost-toggle"
        .checked=${e.settings.ghosts}
        @change=${t=>e.actions.setGhostEnabled(t.target.checked)}
      />
      <span>Race a ghost (your personal best, or the record chosen in the replay library)</span>
    </label>
    <h2 class="section-title">Leaderboard</h2>
    <label class="field-row">
      <span>Server</span>
      <input
        type="url"
        maxlength="200"
        data-testid="leaderboard-server"
        placeholder=${e.leaderboard.server&&!e.settings.leaderboardServer?e.leaderboard.server:`https://…`}
        .value=${e.settings.leaderboardServer}
        @change=${e=>r({leaderboardServer:e.target.value.trim()})}
      />
    </label>
    <p class="note">Empty: the server this page came from, when it is a leaderboard server.</p>
    <h2 class="section-title">Key bindings</h2>
    <p class="note">Select a binding, then press the new key. Esc cancels.</p>
    <ul class="bindings">
      ${re(i).map(e=>{let r=t.rebinding===e;return w`<li class="binding-row">
          <span class="binding-label">${ie(e)}</span>
          <button
            type="button"
            class="btn keycap ${r?`is-waiting`:``}"
            data-testid="binding"
            data-binding=${e}
            aria-label=${`${ie(e)}: ${r?`press a key`:h(i[e])}. Change`}
            @click=${()=>n.startRebind(r?null:e)}
          >
            ${r?`Press a key…`:h(i[e])}
          </button>
        </li>`})}
    </ul>
    ${t.bindingError?w`<p class="form-error" role="alert" data-testid="binding-error">${t.bindingError}</p>`:T}
    <div class="settings-foot">
      <button type="button" class="btn" @click=${n.resetBindings}>Reset key bindings</button>
    </div>
  </div>`}function pr(e){let{s:t,ui:n,cmd:r}=e,i=n.pauseView===`settings`,a=t.status===`active`||t.status===`failed`;return w`<div class="backdrop backdrop-pause">
    <section
      class="dialog pause ${i?`is-wide`:``}"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-pause-title"
      data-testid="pause-menu"
      data-modal=${i?`pause-settings`:`pause`}
    >
      <header class="dialog-head">
        <span class="dialog-kicker">${t.missionTitle||`Shutdown`} · ${t.igt}</span>
        <h1 id="sto-pause-title" class="dialog-title">${i?`Settings`:`Paused`}</h1>
      </header>
      ${i?w`<div class="dialog-body">${fr(e)}</div>
            <footer class="dialog-foot">
              <button
                type="button"
                class="btn"
                data-testid="settings-back"
                @click=${()=>r.setPauseView(`menu`)}
              >
                Back
              </button>
              <button
                type="button"
                class="btn btn-primary"
                @click=${()=>t.actions.setPaused(!1)}
              >
                Resume
              </button>
            </footer>`:n.pauseView===`menu`?w`<nav class="menu" aria-label="Pause menu">
              <button
                type="button"
                class="btn btn-primary menu-item"
                data-testid="pause-resume"
                data-autofocus
                @click=${()=>t.actions.setPaused(!1)}
              >
                Resume
              </button>
              <button
                type="button"
                class="btn menu-item"
                data-testid="pause-settings"
                @click=${()=>r.setPauseView(`settings`)}
              >
                Settings
              </button>
              <button
                type="button"
                class="btn menu-item"
                data-testid="pause-controls"
                @click=${()=>r.setHelp(!0)}
              >
                Controls
              </button>
              ${a?w`<button
                      type="button"
                      class="btn menu-item"
                      data-testid="pause-restart"
                      @click=${()=>r.setPauseView(`confirm-restart`)}
                    >
                      Restart mission
                    </button>
                    <button
                      type="button"
                      class="btn menu-item"
                      data-testid="pause-abandon"
                      @click=${()=>r.setPauseView(`confirm-abandon`)}
                    >
                      Abandon mission
                    </button>`:T}
              <button
                type="button"
                class="btn menu-item"
                data-testid="pause-quit"
                @click=${()=>a?r.setPauseView(`confirm-quit`):t.actions.quitToTitle()}
              >
                Quit to title
              </button>
            </nav>`:hr(e)}
    </section>
  </div>`}var mr={"confirm-restart":{title:`Restart the mission?`,text:`The mission starts again from the beginning. This attempt is kept in the replay library.`,yes:`Restart`},"confirm-abandon":{title:`Abandon the mission?`,text:`You stay in the Bajor Sector in free flight; the mission is offered again at the station. This attempt is kept in the replay library.`,yes:`Abandon`},"confirm-quit":{title:`Quit to the title?`,text:`The mission in progress ends here. This attempt is kept in the replay library; a checkpoint, if saved, can still be resumed.`,yes:`Quit to title`}};function hr({s:e,ui:t,cmd:n}){let r=t.pauseView,i=mr[r];return w`<div class="dialog-body confirm" role="alertdialog" data-testid="pause-confirm">
      <h2 class="section-title">${i.title}</h2>
      <p class="confirm-text">${i.text}</p>
    </div>
    <footer class="dialog-foot">
      <button type="button" class="btn" data-testid="pause-confirm-no" data-autofocus @click=${()=>n.setPauseView(`menu`)}>
        Cancel
      </button>
      <button type="button" class="btn btn-primary is-danger" data-testid="pause-confirm-yes" @click=${()=>{n.setPauseView(`menu`),r===`confirm-restart`?e.actions.restartMission():r===`confirm-abandon`?e.actions.abandonMission():e.actions.quitToTitle()}}>
        ${i.yes}
      </button>
    </footer>`}var A=e=>w`<kbd>${e}</kbd>`;function gr({s:e,cmd:t}){let n=e.settings.bindings,r=e=>A(h(n[e]));return w`<div class="backdrop backdrop-help">
    <section
      class="dialog help is-wide"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-help-title"
      data-testid="help-screen"
      data-modal="help"
    >
      <header class="dialog-head">
        <span class="dialog-kicker">Reference</span>
        <h1 id="sto-help-title" class="dialog-title">Controls</h1>
      </header>
      <div class="dialog-body help-grid">
        <section class="help-col" data-testid="help-space">
          <h2 class="section-title">In space</h2>
          <dl class="controls">
            <dt>${r(`forward`)}${r(`back`)} or ${A(`↑`)}${A(`↓`)}</dt>
            <dd>Throttle up / down a quarter a press (hold to keep stepping)</dd>
            <dt>${r(`left`)}${r(`right`)} or ${A(`←`)}${A(`→`)}</dt><dd>Turn left / right</dd>
            <dt>${r(`fire`)} <span class="hold-note">hold</span></dt><dd>Fire beams</dd>
            <dt>${r(`torpedo`)}</dt><dd>Fire torpedo</dd>
            <dt>${r(`fullImpulse`)}</dt><dd>Full Impulse on / off (only out of combat)</dd>
            <dt>Click</dt><dd>Select the enemy clicked</dd>
          </dl>
          <h2 class="section-title">On the ground</h2>
          <dl class="controls">
            <dt>${r(`forward`)}${r(`left`)}${r(`back`)}${r(`right`)} or arrows</dt>
            <dd>Move up, left, down, right</dd>
            <dt>Mouse</dt><dd>Aim</dd>
            <dt>${r(`fire`)} or a mouse button <span class="hold-note">hold</span></dt>
            <dd>Fire your phaser rifle</dd>
            <dt>Click</dt><dd>Select the enemy clicked (and fire)</dd>
          </dl>
          <h2 class="section-title">Everywhere</h2>
          <dl class="controls">
            <dt>${A(`1`)}–${A(`4`)}</dt><dd>Abilities</dd>
            <dt>${r(`interact`)} <span class="hold-note">hold</span></dt><dd>Interact</dd>
            <dt>${r(`target`)}</dt><dd>Next target</dd>
            <dt>${r(`hail`)}</dt><dd>Hail a contact</dd>
            <dt>Wheel</dt><dd>Zoom</dd>
            <dt>${r(`journal`)}</dt><dd>Mission journal</dd>
            <dt>${r(`accolades`)}</dt><dd>Accolades</dd>
            <dt>${r(`replays`)}</dt><dd>Replay library</dd>
            <dt>${r(`pause`)}</dt><dd>Pause menu</dd>
            <dt>${r(`help`)} or ${A(`?`)}</dt><dd>This screen</dd>
          </dl>
        </section>
        <section class="help-col" data-testid="help-gamepad">
          <h2 class="section-title">Gamepad</h2>
          <dl class="controls">
            <dt>${A(`Left stick`)} or ${A(`D-pad`)}</dt>
            <dd>Space: turn, and throttle up / down · Ground: move</dd>
            <dt>${A(`Right stick`)}</dt><dd>Aim (ground)</dd>
            <dt>${A(`A`)} <span class="hold-note">hold</span></dt><dd>Interact</dd>
            <dt>${A(`RT`)} <span class="hold-note">hold</span></dt><dd>Fire weapons</dd>
            <dt>${A(`RB`)}</dt><dd>Fire torpedo (space)</dd>
            <dt>${A(`X`)}${A(`Y`)}${A(`LB`)}${A(`LT`)}</dt><dd>Abilities 1–4</dd>
            <dt>${A(`Start`)}</dt><dd>Pause menu</dd>
          </dl>
        </section>
      </div>
      <footer class="dialog-foot">
        <span class="hint">Change keys in Pause › Settings</span>
        <button
          type="button"
          class="btn btn-primary"
          data-testid="help-close"
          data-autofocus
          @click=${()=>t.setHelp(!1)}
        >
          Close
        </button>
      </footer>
    </section>
  </div>`}var _r=`.json,.gz,application/json,application/gzip`,vr={complete:`Complete`,reset:`Reset`,failed:`Failed`,abandoned:`Abandoned`},yr={autopilot:`Autopilot`,resumed:`Resumed`,practice:`Practice`},br=e=>vr[e]??e,xr=e=>`${e.category}, ${br(e.status)}, ${e.igt}, ${un(e.date)}`;function Sr(e,t){let{s:n,ui:r,cmd:i}=e,a=n.actions,o=n.replays.ghostId===t.id,s=r.confirmDelete===t.id,c=xr(t);return w`<li
    class="replay-entry is-${t.status} ${o?`is-ghost`:``}"
    data-testid="replay-entry"
    data-replay-id=${t.id}
    data-status=${t.status}
    data-ghost=${String(o)}
  >
    <div class="replay-info">
      <div class="replay-line">
        <time class="replay-date" datetime=${t.date}>${un(t.date)}</time>
        <span class="replay-category" data-testid="replay-category">${t.category}</span>
        <span class="replay-difficulty" data-testid="replay-difficulty">${t.difficulty}</span>
      </div>
      <div class="replay-line">
        <span class="replay-status status-${t.status}" data-testid="replay-status">${br(t.status)}</span>
        <time class="replay-igt" data-testid="replay-igt" title="In-game time">${t.igt}</time>
        ${t.pb?w`<span class="badge badge-pb" data-testid="replay-pb" title="Personal best">PB</span>`:T}
        ${t.flags.map(e=>w`<span class="badge badge-flag" data-testid="replay-flag" data-flag=${e}>${yr[e]??e}</span>`)}
        ${t.imported?w`<span class="badge badge-imported" data-testid="replay-imported" title="Loaded from a file">Imported</span>`:T}
        ${o?w`<span class="badge badge-ghost" data-testid="replay-ghost-mark">Ghost</span>`:T}
      </div>
    </div>
    <div class="replay-actions">
      <button type="button" class="btn btn-small btn-primary" data-testid="replay-watch" aria-label=${`Watch: ${c}`} @click=${()=>a.watchReplay(t.id)}>
        Watch
      </button>
      <button type="button" class="btn btn-small" data-testid="replay-download" aria-label=${`Download: ${c}`} @click=${()=>a.downloadReplay(t.id)}>
        Download
      </button>
      ${t.status===`complete`?$n(e,t.id):T}
      <button
        type="button"
        class="btn btn-small ${o?`is-on`:``}"
        data-testid="replay-ghost"
        aria-pressed=${String(o)}
        aria-label=${`Race as ghost: ${c}`}
        @click=${()=>a.chooseGhost(o?null:t.id)}
      >
        ${o?`✓ Ghost`:`Race as ghost`}
      </button>
      ${s?w`<span class="replay-confirm" role="alert">${t.pb?`Delete this personal best for good?`:`Delete for good?`}</span>`:T}
      <button
        type="button"
        class="btn btn-small btn-danger ${s?`is-confirming`:``}"
        data-testid="replay-delete"
        data-confirm=${String(s)}
        aria-label=${s?`Confirm delete: ${c}`:`Delete: ${c}`}
        @click=${()=>{s?(i.setConfirmDelete(null),a.deleteReplay(t.id)):i.setConfirmDelete(t.id)}}
      >
        ${s?`Yes, delete`:`Delete`}
      </button>
      ${s?w`<button type="button" class="btn btn-small" data-testid="replay-delete-cancel" @click=${()=>i.setConfirmDelete(null)}>
            Keep
          </button>`:T}
    </div>
  </li>`}function Cr({s:e}){let t=e.replays,n=t.ghostId===null?null:t.entries.find(e=>e.id===t.ghostId),r=t.ghostId===null?`your personal best of the category you run`:n?xr(n):`a chosen record`;return w`<div class="replays-ghost" data-testid="ghost-settings">
    <label class="check-row">
      <input
        type="checkbox"
        data-testid="ghost-toggle"
        .checked=${t.ghostEnabled}
        @change=${t=>e.actions.setGhostEnabled(t.target.checked)}
      />
      <span>Race a ghost while playing</span>
    </label>
    <span class="note replays-ghost-source" data-testid="ghost-source">Ghost: ${r}</span>
    <button
      type="button"
      class="btn btn-small"
      data-testid="ghost-use-pb"
      ?disabled=${t.ghostId===null}
      @click=${()=>e.actions.chooseGhost(null)}
    >
      Use my personal best
    </button>
  </div>`}function wr({s:e}){return w`<label class="btn btn-file">
    Open replay file…
    <input
      type="file"
      accept=${_r}
      data-testid="replay-open"
      class="visually-hidden"
      @change=${t=>{let n=t.target,r=n.files?.[0];n.value=``,r&&e.actions.openReplayFile(r)}}
    />
  </label>`}var Tr=`.lss,.xml,application/xml,text/xml`;function Er({s:e}){let t=e.lss;if(t.categories.length===0)return T;let n=e.actions;return w`<div class="replays-lss" data-testid="lss">
    <span class="replays-lss-title">LiveSplit</span>
    <label class="lss-choice">
      <span class="visually-hidden">Category</span>
      <select
        data-testid="lss-category"
        aria-label="Category"
        .value=${t.category}
        @change=${e=>n.chooseLss(e.target.value,t.difficulty)}
      >
        ${t.categories.map(e=>w`<option value=${e.id} ?selected=${e.id===t.category}>${e.name}</option>`)}
      </select>
    </label>
    <label class="lss-choice">
      <span class="visually-hidden">Difficulty</span>
      <select
        data-testid="lss-difficulty"
        aria-label="Difficulty"
        .value=${t.difficulty}
        @change=${e=>n.chooseLss(t.category,e.target.value)}
      >
        ${t.difficulties.map(e=>w`<option value=${e.id} ?selected=${e.id===t.difficulty}>${e.name}</option>`)}
      </select>
    </label>
    <button
      type="button"
      class="btn btn-small"
      data-testid="export-lss"
      title="Your attempts of this category as a LiveSplit splits file (.lss)"
      @click=${()=>n.exportLss()}
    >
      Export .lss
    </button>
    <label class="btn btn-small btn-file" title="Race the personal best of a LiveSplit splits file">
      Import .lss…
      <input
        type="file"
        accept=${Tr}
        data-testid="import-lss"
        class="visually-hidden"
        @change=${e=>{let t=e.target,r=t.files?.[0];t.value=``,r&&n.importLss(r)}}
      />
    </label>
    ${t.comparison?w`<span class="note" data-testid="lss-comparison" data-matched=${t.comparison.matched}>
          Comparison: ${t.comparison.name} (${t.comparison.matched} of ${t.comparison.total} splits)
        </span>`:T}
    ${t.error?w`<p class="form-error" role="alert" data-testid="lss-error">${t.error}</p>`:T}
    ${t.message?w`<p class="replays-message" role="status" data-testid="lss-message">${t.message}</p>`:T}
  </div>`}function Dr(e){let{s:t}=e,n=t.replays;return w`<div class="backdrop backdrop-window">
    <section
      class="dialog window replays"
      role="dialog"
      aria-modal="true"
      aria-labelledby="sto-replays-title"
      data-testid="replays"
      data-modal="replays"
    >
      <header class="dialog-head">
        <span class="dialog-kicker">Runs as records</span>
        <h1 id="sto-replays-title" class="dialog-title">Replays</h1>
      </header>
      <div class="dialog-body">
        ${n.keepNote?w`<p class="note replays-keep" data-testid="replays-keep">${n.keepNote}</p>`:T}
        ${n.error?w`<p class="form-error replays-error" role="alert" data-testid="replays-error">${n.error}</p>`:T}
        <div class="replays-status" role="status">
          ${n.message?w`<p class="replays-message" data-testid="replays-message">${n.message}</p>`:T}
        </div>
        ${Cr(e)}
        ${Er(e)}
        ${n.entries.length>0?w`<ul class="replay-list" aria-label="Recorded runs">
              ${fn(n.entries,e=>e.id,t=>Sr(e,t))}
            </ul>`:w`<p class="replays-empty" data-testid="replays-empty">
              No runs recorded yet. Every attempt you play is kept here, finished or not; you can
              also open a replay file.
            </p>`}
      </div>
      <footer class="dialog-foot">
        <span class="hint">or drop a <code>.replay.json(.gz)</code> file on the page</span>
        ${wr(e)}
        <button
          type="button"
          class="btn"
          data-testid="replays-close"
          data-autofocus
          @click=${()=>t.actions.openReplays(!1)}
        >
          Close
        </button>
      </footer>
    </section>
  </div>`}function Or(e,t){let n=ve;return t>0?n.find(t=>t>e)??null:[...n].reverse().find(t=>t<e)??null}function kr({s:e}){let t=e.viewer;if(!t)return T;let n=e.actions,r=Math.max(1,t.endTick-t.startTick),i=e=>Math.min(1,Math.max(0,(e-t.startTick)/r)).toFixed(4);return w`<section
    class="panel replay-viewer"
    data-testid="replay-viewer"
    data-modal="viewer"
    data-playing=${String(t.playing)}
    aria-label=${`Replay controls: ${t.title}`}
  >
    <header class="viewer-head">
      <span class="viewer-kicker">Replay</span>
      <span class="viewer-title" data-testid="replay-title">${t.title}</span>
      <span class="viewer-time" data-testid="replay-time">
        <span class="viewer-igt">${t.igt}</span>
        <span class="viewer-tick">tick ${t.tick}</span>
      </span>
      <button
        type="button"
        class="viewer-close"
        data-testid="replay-close"
        aria-label="Close replay"
        aria-keyshortcuts="Escape"
        title="Close replay (Esc)"
        @mousedown=${O}
        @click=${()=>n.closeViewer()}
      >
        ×
      </button>
    </header>
    <div class="viewer-track">
      <div class="viewer-marks">
        ${t.marks.map(e=>w`<button
            type="button"
            class="viewer-mark"
            data-testid="replay-mark"
            data-tick=${e.tick}
            style=${`--at:${i(e.tick)}`}
            title=${e.title}
            aria-label=${e.title}
            tabindex="-1"
            @mousedown=${O}
            @click=${()=>n.viewerSeek(e.tick)}
          ></button>`)}
      </div>
      <input
        type="range"
        class="viewer-seek"
        data-testid="replay-seek"
        aria-label="Seek"
        min=${t.startTick}
        max=${t.endTick}
        step="1"
        .value=${String(t.tick)}
        aria-valuetext=${`${t.igt}, tick ${t.tick}`}
        @input=${e=>n.viewerSeek(Number(e.target.value))}
      />
    </div>
    <div class="viewer-controls">
      <button
        type="button"
        class="btn btn-small viewer-btn"
        data-testid="replay-step-back"
        aria-label="Step back one tick"
        aria-keyshortcuts="ArrowLeft"
        title="Step back one tick (←; Shift+← 5 s)"
        @mousedown=${O}
        @click=${()=>n.viewerStep(-1)}
      >
        ◂ Step
      </button>
      <button
        type="button"
        class="btn btn-small btn-primary viewer-play"
        data-testid="replay-play"
        data-autofocus
        aria-label=${t.playing?`Pause`:`Play`}
        aria-keyshortcuts="Space"
        title=${t.playing?`Pause (Space)`:`Play (Space)`}
        @mousedown=${O}
        @click=${()=>n.viewerPlay(!t.playing)}
      >
        ${t.playing?`❚❚ Pause`:`▶ Play`}
      </button>
      <button
        type="button"
        class="btn btn-small viewer-btn"
        data-testid="replay-step-forward"
        aria-label="Step forward one tick"
        aria-keyshortcuts="ArrowRight"
        title="Step forward one tick (→; Shift+→ 5 s)"
        @mousedown=${O}
        @click=${()=>n.viewerStep(1)}
      >
        Step ▸
      </button>
      <button
        type="button"
        class="btn btn-small"
        data-testid="replay-next-split"
        aria-keyshortcuts="N"
        title="Jump to the next split (N)"
        @mousedown=${O}
        @click=${()=>n.viewerNextSplit()}
      >
        Next split
      </button>
      <label class="viewer-speed" title="Playback speed (+ / −)">
        <span class="viewer-label">Speed</span>
        <select
          data-testid="replay-speed"
          .value=${String(t.speed)}
          @change=${e=>n.viewerSpeed(Number(e.target.value))}
        >
          ${ve.map(e=>w`<option value=${e} ?selected=${e===t.speed}>${ln(e)}</option>`)}
        </select>
      </label>
      <button
        type="button"
        class="btn btn-small"
        data-testid="replay-camera"
        data-camera=${t.camera}
        aria-keyshortcuts="C"
        title="Camera: follow the ship or look around freely (C)"
        @mousedown=${O}
        @click=${()=>n.viewerCamera(t.camera===`follow`?`free`:`follow`)}
      >
        Camera: ${t.camera===`follow`?`Follow`:`Free`}
      </button>
    </div>
  </section>`}function Ar({s:e}){let t=e.ghost;if(!t)return T;let n=sn(t.deltaMs),r={behind:`behind`,ahead:`ahead`,even:`even`,none:`no split yet`}[n];return w`<section
    class="panel ghost-delta is-${n}"
    data-testid="ghost-delta"
    data-sign=${n}
    aria-label="Ghost"
  >
    <span class="ghost-kicker">Ghost</span>
    <span class="ghost-name" data-testid="ghost-name">${t.name}</span>
    <span class="ghost-value" data-testid="ghost-value" title="Delta at the last split">${cn(t.deltaMs)}</span>
    <span class="visually-hidden">${r}</span>
    ${t.elsewhere?w`<span class="ghost-where" data-testid="ghost-elsewhere">(elsewhere)</span>`:T}
  </section>`}var jr=[{name:`Fore`,at:0},{name:`Starboard`,at:90},{name:`Aft`,at:180},{name:`Port`,at:270}],Mr=72,Nr=44,Pr=50;function Fr(e){let t=e=>{let t=(e-90)*Math.PI/180;return`${(Pr+Nr*Math.cos(t)).toFixed(2)} ${(Pr+Nr*Math.sin(t)).toFixed(2)}`};return`M ${t(e-Mr/2)} A ${Nr} ${Nr} 0 0 1 ${t(e+Mr/2)}`}var Ir=jr.map(e=>Fr(e.at)),Lr=St`
  <path class="ship-nacelle" d="M33 50 h6 v26 a3 3 0 0 1 -6 0 z M61 50 h6 v26 a3 3 0 0 1 -6 0 z" />
  <path class="ship-pylon" d="M39 60 L47 56 M61 60 L53 56" />
  <path class="ship-body" d="M46 46 h8 l2 24 q-6 6 -12 0 z" />
  <ellipse class="ship-saucer" cx="50" cy="36" rx="15" ry="14" />
  <circle class="ship-bridge" cx="50" cy="34" r="3" />`;function Rr(e,t){let n=jr.map((t,n)=>{let r=D(e.shields[n]??0,e.shieldMax);return St`<path class="shield-track" d=${Ir[n]} />
      <path
        class="shield-arc band-${rn(r)}"
        d=${Ir[n]}
        style="opacity:${(.35+.65*r).toFixed(2)}"
        data-facing=${t.name.toLowerCase()}
      ><title>${t.name} shields ${nn(r)}</title></path>`});return w`<svg
    class="shield-diagram"
    viewBox="0 0 100 100"
    width=${t}
    height=${t}
    role="img"
    aria-label=${`Shields: ${jr.map((t,n)=>`${t.name} ${nn(D(e.shields[n]??0,e.shieldMax))}`).join(`, `)}`}
  >
    ${n}${Lr}
  </svg>`}function zr(e,t,n,r){let i=D(n,r);return w`<div class="bar-row">
    <span class="bar-label">${t}</span>
    <div
      class="bar bar-${e} band-${rn(i)}"
      role="meter"
      aria-label=${t}
      aria-valuemin="0"
      aria-valuemax=${r}
      aria-valuenow=${Math.round(n)}
    >
      <div class="bar-fill" style="width:${(i*100).toFixed(1)}%"></div>
    </div>
    <span class="bar-value">${nn(i)}</span>
  </div>`}var Br=e=>e.shields[0]??0;function Vr(e,t){return e.sceneKind===`space`?w`<section
      class="panel vitals vitals-space ${t.downed?`is-downed`:``}"
      data-testid="player-vitals"
      aria-label="Ship status"
    >
      ${Rr(t,92)}
      <div class="vitals-info">
        <div class="vitals-name">${t.name}</div>
        ${zr(`hull`,`Hull`,t.hull,t.hullMax)}
        <div class="facings">
          ${jr.map((e,n)=>w`<span class="facing band-${rn(D(t.shields[n]??0,t.shieldMax))}"
                ><abbr title=${`${e.name} shields`}>${e.name[0]}</abbr>
                ${nn(D(t.shields[n]??0,t.shieldMax))}</span
              >`)}
        </div>
      </div>
    </section>`:w`<section
    class="panel vitals vitals-ground ${t.downed?`is-downed`:``}"
    data-testid="player-vitals"
    aria-label="Captain status"
  >
    <div class="vitals-name">${t.name}</div>
    ${zr(`shield`,`Shield`,Br(t),t.shieldMax)}
    ${zr(`hull`,`Health`,t.hull,t.hullMax)}
  </section>`}function Hr(e){return e.team.length===0?T:w`<section class="panel team" data-testid="away-team" aria-label="Away team">
    ${e.team.map(e=>w`<div class="member ${e.downed?`is-downed`:``}">
          <div class="member-name">
            <span class="member-label" title=${e.name}>${e.name}</span>
            ${e.downed?w`<span class="member-down">Incapacitated</span>`:T}
          </div>
          <div class="mini-bars" aria-label=${`${e.name}: shield ${nn(D(Br(e),e.shieldMax))}, health ${nn(D(e.hull,e.hullMax))}`}>
            <div class="bar bar-shield mini band-${rn(D(Br(e),e.shieldMax))}">
              <div class="bar-fill" style="width:${(D(Br(e),e.shieldMax)*100).toFixed(1)}%"></div>
            </div>
            <div class="bar bar-hull mini band-${rn(D(e.hull,e.hullMax))}">
              <div class="bar-fill" style="width:${(D(e.hull,e.hullMax)*100).toFixed(1)}%"></div>
            </div>
          </div>
        </div>`)}
  </section>`}function Ur({s:e}){let t=e.target;if(!t)return T;let n=on(t.faction),r=e.sceneKind===`space`&&t.shields.length===4,i=t.shields.reduce((e,t)=>e+t,0);return w`<section
    class="panel target is-${n} ${t.downed?`is-downed`:``}"
    data-testid="target-frame"
    data-stance=${n}
    aria-label=${`Target: ${t.name}`}
  >
    ${r?Rr(t,54):T}
    <div class="target-info">
      <div class="target-name">
        <span>${t.name}</span>
        <span class="target-tag">${t.downed?`Disabled`:n===`hostile`?`Hostile`:n===`ally`?`Ally`:`Neutral`}</span>
      </div>
      ${zr(`shield`,`Shields`,i,t.shieldMax*Math.max(1,t.shields.length))}
      ${zr(`hull`,e.sceneKind===`space`?`Hull`:`Health`,t.hull,t.hullMax)}
    </div>
  </section>`}function Wr(e){let{s:t}=e;return w`<div class="status-stack">
    ${Hr(t)} ${t.player?Vr(t,t.player):T} ${lr(e)}
  </div>`}function Gr({s:e}){if(!(e.respawnIn>0))return T;let t=e.sceneKind===`space`;return w`<div class="respawn" data-testid="respawn-countdown" role="status">
    <div class="respawn-cause">
      ${t?`Your ship has been disabled`:`You have been incapacitated`}
    </div>
    <div class="respawn-count">
      ${t?`Respawning`:`Reviving`} in <strong>${an(e.respawnIn)}</strong>
    </div>
  </div>`}var Kr={complete:`✓`,active:`▸`,pending:`○`};function qr(e){return e.count===null?e.title:`${e.title} (${e.progress}/${e.count})`}var Jr=e=>e.objectives.length>0&&e.objectives.every(e=>e.state===`complete`);function Yr(e){return w`<li
    class="objective is-${e.state}"
    data-testid="objective"
    data-objective-id=${e.id}
    data-state=${e.state}
  >
    <span class="objective-mark" aria-hidden="true">${Kr[e.state]}</span>
    <span class="objective-title">${qr(e)}</span>
    ${e.state===`complete`?w`<span class="visually-hidden">(complete)</span>`:T}
  </li>`}function Xr(e){if(e.preparing!==null)return w`<div class="tracker-practice" data-testid="practice-run" data-state="preparing">
      Preparing the practice…
    </div>`;let t=e.active;return t?w`<div
    class="tracker-practice ${t.newBest?`is-best`:``}"
    data-testid="practice-run"
    data-step-id=${t.stepId}
    data-state=${t.time===null?`running`:`done`}
    data-new-best=${String(t.newBest)}
  >
    <span class="practice-kicker">Practice</span> ${t.title}${t.time===null?T:w`: done in <time data-testid="practice-time">${t.time}</time>${t.newBest?w` <strong>(new best)</strong>`:T}${t.autopilot?` (the autopilot helped: not kept as a best)`:T}`}
  </div>`:T}function Zr({s:e}){let t=e.steps.findIndex(t=>t.id===e.stepId),n=t>=0?e.steps[t]:void 0,r=e.status===`complete`,i=e.status===`offered`,a=i?[]:r?e.steps:e.steps.filter((e,r)=>e!==n&&(r<t||Jr(e))),o=n&&!r&&!i;return w`<section
    class="panel tracker"
    data-testid="mission-tracker"
    aria-label="Mission tracker"
  >
    <header class="tracker-head">
      <span class="tracker-mission">${e.missionTitle}</span>
      <time class="igt" data-testid="igt" title="In-game time">${e.igt}</time>
    </header>
    ${e.sceneTitle?w`<div class="tracker-scene">${e.sceneTitle}</div>`:T}
    ${a.length>0?w`<ol class="tracker-done" aria-label="Completed steps">
          ${fn(a,e=>e.id,e=>w`<li class="step-done" data-step-id=${e.id}>
                <span class="objective-mark" aria-hidden="true">✓</span>${e.title}
              </li>`)}
        </ol>`:T}
    ${o?w`<div class="tracker-step" data-step-id=${n.id}>
          <h2 class="step-title">${n.title}</h2>
          <ul class="objectives">
            ${fn(n.objectives,e=>e.id,Yr)}
          </ul>
        </div>`:T}
    ${Xr(e.practice)}
    ${r?w`<div class="tracker-complete">Mission complete</div>`:T}
    ${e.status===`offered`?w`<div class="tracker-offered" data-testid="tracker-offered">
          Not accepted: fly to Deep Space 9 for the offer, or accept it from the journal (J).
        </div>`:T}
  </section>`}var Qr=8e3,$r=3e3,ei=6e3,ti=900;function ni(e,t){return t.helpOpen?`help`:e.paused?t.pauseView===`settings`?`pause-settings`:`pause`:e.phase===`error`?`errors`:e.replays.open?`replays`:e.leaderboard.open?`leaderboard`:t.window?t.window:e.phase===`replay`?e.viewer?`viewer`:null:e.rewards?`rewards`:e.phase===`offer`?`offer`:e.phase===`title`?`title`:null}var ri=e=>e instanceof HTMLElement&&(e.isContentEditable||[`INPUT`,`TEXTAREA`,`SELECT`].includes(e.tagName)),ii=e=>e instanceof HTMLElement&&(e.isContentEditable||[`INPUT`,`TEXTAREA`,`SELECT`,`BUTTON`,`A`].includes(e.tagName)),ai=e=>e instanceof HTMLInputElement&&e.type===`range`,oi=e=>e instanceof HTMLElement&&(e.isContentEditable||e.tagName===`TEXTAREA`||e instanceof HTMLInputElement&&![`range`,`checkbox`,`radio`,`button`,`submit`,`reset`,`file`,`color`].includes(e.type));function si(e){let t=e.dataTransfer;return t?[...t.types??[]].includes(`Files`)||(t.files?.length??0)>0:!1}function ci(e,t,n){let r=document.createElement(`div`);r.className=`sto-ui`,r.style.pointerEvents=`none`,e.append(r);let i=t.getState(),a={helpOpen:!1,pauseView:`menu`,rebinding:null,bindingError:null,commKey:null,accolades:[],flashKey:0,flash:`none`,announcement:``,window:null,creating:!1,createError:null,confirmDelete:null,dragging:!1},o=0,s,c,l,u=null,d=!0,f={setHelp(e){a.helpOpen=e,g()},setPauseView(e){a.pauseView=e,a.rebinding=null,a.bindingError=null,g()},startRebind(e){a.rebinding=e,a.bindingError=null,g()},resetBindings(){a.rebinding=null,a.bindingError=null,t.getState().actions.updateSettings({bindings:{...ye}}),g()},dismissComm(){clearTimeout(s),a.commKey=null,g()},setWindow(e){a.window=e,g()},setCreating(e){a.creating=e,a.createError=null,g()},setCreateError(e){a.createError=e,g()},setConfirmDelete(e){a.confirmDelete=e,g()}};function p(e){clearTimeout(s);let t=e.dialogue;if(!t){a.commKey=null;return}a.commKey=t.key;let n=Qr+$r*Math.max(0,t.lines.length-1);s=setTimeout(()=>{a.commKey===t.key&&f.dismissComm()},n)}function m(){clearTimeout(c),a.accolades.length!==0&&(c=setTimeout(()=>{a.accolades=a.accolades.slice(1),m(),g()},ei))}function ee(e){clearTimeout(l),a.flash=a.flash===`defeat`&&e===`hit`?`defeat`:e,a.flashKey+=1,l=setTimeout(()=>{a.flash=`none`,g()},ti)}function te(e,t){let n=en(t,e);n.length>0&&(a.announcement=n.join(`. `)),e.dialogue?.key!==t.dialogue?.key&&p(e),e.accolade&&e.accolade.key!==t.accolade?.key&&(a.accolades=[...a.accolades,e.accolade],a.accolades.length===1&&m());let r=e.player,i=t.player;r&&i&&r.name===i.name&&e.sceneKind===t.sceneKind&&(r.downed&&!i.downed?ee(`defeat`):r.hull<i.hull&&ee(`hit`)),t.paused&&!e.paused&&(a.pauseView=`menu`,a.rebinding=null,a.bindingError=null);let o=a.confirmDelete;!o||e.replays.open&&e.replays.entries.some(e=>e.id===o)||(a.confirmDelete=null)}function ne(e){let t={s:e,ui:a,cmd:f},n=e.phase===`replay`,r=e.phase===`playing`||e.phase===`complete`||n;return w`<div class="sto-hud ${e.settings.reducedMotion?`reduced-motion`:``}" data-phase=${e.phase} data-scene-kind=${e.sceneKind}>
      ${a.flash===`none`?T:Qt(a.flashKey,w`<div class="vignette is-${a.flash}" data-testid="damage-flash"></div>`)}
      ${r&&(e.respawnIn>0||e.player?.downed)?w`<div class="downed-tint"></div>`:T}
      ${r?w`<div class="hud-layer">
            <div class="hud-left">
              <div class="hud-top-left">${Zr(t)} ${Ar(t)}</div>
              <div class="hud-bottom-left">${Wr(t)}</div>
            </div>
            <div class="hud-top-center">${Ur(t)}</div>
            <div class="hud-free" data-testid="hud-free"></div>
            <div class="hud-top-right">
              <div class="minimap-reserve" data-testid="minimap-reserve" aria-hidden="true"></div>
              ${Zn(t)} ${Qn(t)} ${Xn(t)}
            </div>
            <div class="hud-bottom-center">
              ${n?T:cr(t)}
              ${n?kr(t):mn(t)}
            </div>
            <div class="hud-center">${Gr(t)} ${rr(t)}</div>
          </div>`:T}
      ${e.phase===`title`?Wn(t):T}
      ${e.phase===`offer`?tr(t):T}
      ${e.phase===`error`?ar(t):T}
      ${n?T:nr(t)}
      ${a.window===`journal`?qn(t):T}
      ${a.window===`accolades`?Yn(t):T}
      ${e.replays.open?Dr(t):T}
      ${e.leaderboard.open&&!e.replays.open?er(t):T}
      ${r?T:w`<div class="toast-layer">${Qn(t)}</div>`}
      ${ir(t)} ${r?T:Xn(t)}
      ${e.paused?pr(t):T} ${a.helpOpen?gr(t):T}
      ${a.dragging?w`<div class="drop-hint" data-testid="drop-hint" aria-hidden="true">
            <div class="drop-hint-box">Drop a replay file to open it</div>
          </div>`:T}
      <div class="visually-hidden" aria-live="polite" data-testid="live-region">
        ${a.announcement}
      </div>
    </div>`}function g(){if(!d)return;let e=t.getState();Bt(ne(e),r),n?.invalidate();let i=ni(e,a);if(i!==u&&(u=i,i)){let e=r.querySelector(`[data-modal="${i}"]`);(e?.querySelector(`[data-autofocus]`)??e)?.focus({preventScroll:!0})}}function re(e,n){if(e.ctrlKey||e.metaKey||e.altKey)return!1;let r=t.getState().actions,i=e.target;if(e.code===`Space`||e.key===` `)return ii(i)&&!ai(i)?!1:(e.repeat||r.viewerPlay(!n.playing),!0);if(e.code===`ArrowLeft`||e.code===`ArrowRight`){if(oi(i)||i instanceof HTMLElement&&i.tagName===`SELECT`)return!1;let t=e.code===`ArrowRight`?1:-1;if(e.shiftKey){let e=Math.min(n.endTick,Math.max(n.startTick,n.tick+t*300));r.viewerSeek(e)}else r.viewerStep(t);return!0}if(oi(i))return!1;if(e.code===`KeyN`)return e.repeat||r.viewerNextSplit(),!0;if(e.code===`KeyC`)return e.repeat||r.viewerCamera(n.camera===`follow`?`free`:`follow`),!0;let a=e.key===`+`||e.code===`NumpadAdd`||e.code===`Equal`&&!e.shiftKey,o=e.key===`-`||e.code===`NumpadSubtract`||e.code===`Minus`;if(a||o){let e=Or(n.speed,a?1:-1);return e!==null&&r.viewerSpeed(e),!0}return!1}function oe(e){let n=t.getState(),r=n.settings.bindings;if(a.rebinding){e.preventDefault(),e.stopImmediatePropagation();let t=a.rebinding,i=e.code===`Escape`||e.code===``?null:ae(r,t,e.code);i?a.bindingError=`${h(e.code)} is already the key for “${ie(i)}”. Press another key for “${ie(t)}”, or change “${ie(i)}” first.`:(e.code!==`Escape`&&e.code!==``&&n.actions.updateSettings({bindings:{...r,[t]:e.code}}),a.rebinding=null,a.bindingError=null),g();return}let i=()=>{e.preventDefault(),e.stopPropagation()},o=e.code===`Escape`||e.key===`Escape`||e.code===r.pause,s=e.code===`F1`||e.key===`?`||e.code===r.help;if(o){i(),a.helpOpen?f.setHelp(!1):n.replays.open?n.actions.openReplays(!1):n.leaderboard.open?n.actions.openLeaderboard(!1):a.window?f.setWindow(null):n.paused?n.actions.setPaused(!1):n.phase===`replay`?n.actions.closeViewer():n.rewards?n.actions.closeRewards():(n.phase===`playing`||n.phase===`complete`)&&n.actions.setPaused(!0);return}if(s){i(),f.setHelp(!a.helpOpen);return}let c=e.code===(r.journal??`KeyJ`),l=e.code===(r.accolades??`KeyL`);if((c||l)&&!ri(e.target)&&!e.repeat&&n.phase!==`error`&&!n.replays.open){i();let e=c?`journal`:`accolades`;f.setWindow(a.window===e?null:e)}else{if(e.code===(r.replays??`KeyR`)&&!ri(e.target)&&!e.repeat&&!e.ctrlKey&&!e.metaKey&&!e.altKey){let e=ni(n,a),t=n.phase===`playing`||n.phase===`complete`;if(n.replays.open){i(),n.actions.openReplays(!1);return}if(e===`title`||t&&e===null){i(),n.actions.openReplays(!0);return}}if(e.code===(r.leaderboard??`KeyB`)&&!ri(e.target)&&!e.repeat&&!e.ctrlKey&&!e.metaKey&&!e.altKey){let e=ni(n,a),t=n.phase===`playing`||n.phase===`complete`;if(n.leaderboard.open){i(),n.actions.openLeaderboard(!1);return}if(e===`title`||t&&e===null){i(),n.actions.openLeaderboard(!0);return}}ni(n,a)===`viewer`&&n.viewer&&re(e,n.viewer)?i():e.key!==`Enter`||n.phase!==`offer`||a.window||n.paused||a.helpOpen||e.repeat||ii(e.target)||(i(),n.actions.accept())}}i.dialogue&&p(i),i.accolade&&(a.accolades=[i.accolade],m());let _=()=>{let e=t.getState().phase;return e!==`loading`&&e!==`error`};function se(e){a.dragging!==e&&(a.dragging=e,g())}function ce(e){si(e)&&(e.preventDefault(),o+=1,se(_()))}function v(e){si(e)&&(e.preventDefault(),e.dataTransfer&&(e.dataTransfer.dropEffect=_()?`copy`:`none`))}function le(e){si(e)&&(o=Math.max(0,o-1),o===0&&se(!1))}function ue(e){if(!si(e))return;e.preventDefault(),o=0,se(!1);let n=e.dataTransfer?.files?.[0];if(!n||!_())return;let r=t.getState();r.replays.open||r.actions.openReplays(!0),r.actions.openReplayFile(n)}let de=[[`dragenter`,ce],[`dragover`,v],[`dragleave`,le],[`drop`,ue]],fe=t.subscribe((e,t)=>{te(e,t),g()});window.addEventListener(`keydown`,oe,{capture:!0});for(let[e,t]of de)document.addEventListener(e,t);return g(),()=>{d=!1,fe(),window.removeEventListener(`keydown`,oe,{capture:!0});for(let[e,t]of de)document.removeEventListener(e,t);clearTimeout(s),clearTimeout(c),clearTimeout(l),Bt(T,r),r.remove()}}var li,ui={value:void 0,enumerable:!1},di=`captureStackTrace`in Error?Error:null;function fi(e){let t=di;if(t){let n=t.stackTraceLimit;if(typeof n==`number`){try{t.stackTraceLimit=0}catch{return di=null,new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}function j(e,t,n,r){let i={};function a(e){this.def=e,this.constr=d,this.traits=new Set}a.prototype=i;let o=n,s=o&&new WeakSet;function c(n,r){if(!n._zod){ui.value=new a(r);try{Object.defineProperty(n,"_zod",ui)}finally{ui.value=void 0}}else if(n._zod.traits.has(e))return;if(n._zod.traits.add(e),t(n,r),s){let e=Object.getPrototypeOf(n),t=n._zod.constr.prototype,r=e;for(;r&&r!==t;)r=Object.getPrototypeOf(r);let i=r??e;s.has(i)||(s.add(i),oa(i,o))}let i=d.prototype;for(let e in i)Object.prototype.hasOwnProperty.call(i,e)&&(e in n||(n[e]=i[e].bind(n)))}let l=r?.Parent??Object;class u extends l{}Object.defineProperty(u,"name",{value:e});function d(e){let t=r?.Parent?fi(u):this;c(t,e);let n=t._zod.deferred;if(n){for(let e of n)e();t._zod.deferred=void 0}let i=globalThis.__zod_globalConfig?.postProcessor;return i&&i(t),t}return Object.defineProperty(d,"init",{value:c}),Object.defineProperty(d,Symbol.hasInstance,{value:t=>r?.Parent&&t instanceof r.Parent?!0:t?._zod?.traits?.has(e)}),Object.defineProperty(d,"name",{value:e}),d}var pi=class extends Error{constructor(){super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`)}},mi=class extends Error{constructor(e){super(`Encountered unidirectional transform during encode: ${e}`),this.name=`ZodEncodeError`}};(li=globalThis).__zod_globalConfig??(li.__zod_globalConfig={});var M=globalThis.__zod_globalConfig;function N(e){return e&&Object.assign(M,e),M}function hi(e){let t=Object.values(e).filter(e=>typeof e==`number`);return Object.entries(e).filter(([e,n])=>t.indexOf(+e)===-1).map(([e,t])=>t)}function gi(e,t=`|`){return e.map(e=>Ri(e)).join(t)}function _i(e,t){return typeof t==`bigint`?t.toString():t}var vi=class{constructor(e){this._getter=e,this._value=void 0}get value(){let e=this._getter;return e!==void 0&&(this._value=e(),this._getter=void 0),this._value}};function yi(e){return new vi(e)}function bi(e){return e==null}function xi(e){let t=+!!e.startsWith(`^`),n=e.endsWith(`$`)?e.length-1:e.length;return e.slice(t,n)}function Si(e,t){let n=e/t,r=Math.round(n),i=4*2**-52*Math.max(Math.abs(n),1);return Math.abs(n-r)<i?0:n-r}function Ci(e,t,n){Object.defineProperty(e,t,{value:n,writable:!0,enumerable:!0,configurable:!0})}function wi(e){let t=Object.getOwnPropertyDescriptor(e,`shape`);return t?.get?t.get.raw:t?.value}function P(e){return wi(e._zod.def)??e._zod.def.shape}function Ti(e,t,n){Object.defineProperty(e,t,{get(){let e=n();return Ci(this,t,e),e},enumerable:!0,configurable:!0})}function Ei(e,t,n){t in e?Ci(e,t,n):e[t]=n}function Di(e,t,n,r){let i=P(t);for(let a of n){let n=Object.getOwnPropertyDescriptor(i,a);n.enumerable&&(n.get?Ti(e,a,()=>{let e=t._zod.def.shape[a];return r?r(e,a):e}):Ei(e,a,r?r(n.value,a):n.value))}}function Oi(e,t){for(let n of Reflect.ownKeys(t)){let r=Object.getOwnPropertyDescriptor(t,n);r.enumerable&&(r.get?Ti(e,n,()=>t[n]):Ei(e,n,r.value))}}function F(...e){let t={};for(let n of e){let e=Object.getOwnPropertyDescriptors(n);Object.assign(t,e)}return Object.defineProperties({},t)}function ki(e){return JSON.stringify(e)}function Ai(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,``).replace(/[\s_-]+/g,`-`).replace(/^-+|-+$/g,``)}var ji=`captureStackTrace`in Error?Error.captureStackTrace:(...e)=>{};function Mi(e){return typeof e==`object`&&!!e&&!Array.isArray(e)}var Ni=yi(()=>{if(M.jitless||typeof navigator<`u`&&navigator?.userAgent?.includes(`Cloudflare`))return!1;try{return Function(``),!0}catch{return!1}});function Pi(e){if(Mi(e)===!1)return!1;let t=e.constructor;if(t===void 0||typeof t!=`function`)return!0;let n=t.prototype;return Mi(n)!==!1&&Object.prototype.hasOwnProperty.call(n,`isPrototypeOf`)!==!1}function Fi(e){return Pi(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}var Ii=new Set([`string`,`number`,`symbol`]);function Li(e){return e.replace(/[.*+?^${}()|[\]\\]/g,`\\$&`)}function I(e,t,n){let r=new e._zod.constr(t??e._zod.def);return(!t||n?.parent)&&(r._zod.parent=e),r}function L(e){let t=e;if(!t)return{};if(typeof t==`string`)return{error:()=>t};if(t?.message!==void 0){if(t?.error!==void 0)throw Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,typeof t.error==`string`?{...t,error:()=>t.error}:t}function Ri(e){return typeof e==`bigint`?e.toString()+`n`:typeof e==`string`?`"${e}"`:`${e}`}function zi(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==void 0&&e[t]._zod.optout===`optional`)}var Bi={safeint:[-(2**53-1),2**53-1],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]},Vi={int64:[BigInt(`-9223372036854775808`),BigInt(`9223372036854775807`)],uint64:[BigInt(0),BigInt(`18446744073709551615`)]};function Hi(e,t){let n=e._zod.def,r=n.checks;if(r&&r.length>0)throw Error(`.pick() cannot be used on object schemas containing refinements`);let i={};return Di(i,e,Ui(e,t)),I(e,F(n,{shape:i,checks:[]}))}function Ui(e,t){let n=P(e),r=[];for(let e of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(n,e)?.enumerable)throw Error(`Unrecognized key: "${String(e)}"`);t[e]&&r.push(e)}return r}function Wi(e,t){let n=e._zod.def,r=n.checks;if(r&&r.length>0)throw Error(`.omit() cannot be used on object schemas containing refinements`);let i=new Set(Ui(e,t)),a={};return Di(a,e,Reflect.ownKeys(P(e)).filter(e=>!i.has(e))),I(e,F(n,{shape:a,checks:[]}))}function Gi(e,t){if(!Pi(t))throw Error(`Invalid input to extend: expected a plain object`);let n=e._zod.def.checks;if(n&&n.length>0){let n=P(e);for(let e of Reflect.ownKeys(t))if(Object.getOwnPropertyDescriptor(n,e)!==void 0)throw Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return I(e,F(e._zod.def,{shape:Ki(e,t)}))}function Ki(e,t){let n={};return Di(n,e,Reflect.ownKeys(P(e))),Oi(n,t),n}function qi(e,t){if(!Pi(t))throw Error(`Invalid input to safeExtend: expected a plain object`);return I(e,F(e._zod.def,{shape:Ki(e,t)}))}function Ji(e,t){if(!t?._zod?.def)throw Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw Error(`.merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.`);let n={};return Di(n,e,Reflect.ownKeys(P(e))),Di(n,t,Reflect.ownKeys(P(t))),I(e,F(e._zod.def,{shape:n,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]}))}function Yi(e,t,n,r=`partial`){let i=t._zod.def.checks;if(i&&i.length>0)throw Error(`.${r}() cannot be used on object schemas containing refinements`);let a=n?new Set(Ui(t,n)):void 0,o={};return Di(o,t,Reflect.ownKeys(P(t)),e&&((t,n)=>a&&!a.has(n)?t:new e({type:`optional`,innerType:t}))),I(t,F(t._zod.def,{shape:o,checks:[]}))}function Xi(e,t,n){let r=n?new Set(Ui(t,n)):void 0,i={};return Di(i,t,Reflect.ownKeys(P(t)),(t,n)=>r&&!r.has(n)?t:new e({type:`nonoptional`,innerType:t})),I(t,F(t._zod.def,{shape:i}))}function R(e,t=0){if(e.aborted===!0)return!0;for(let n=t;n<e.issues.length;n++)if(e.issues[n]?.continue!==!0)return!0;return!1}function Zi(e,t=0){if(e.aborted===!0)return!0;for(let n=t;n<e.issues.length;n++)if(e.issues[n]?.continue===!1)return!0;return!1}function z(e,t){return t.map(t=>{var n;return(n=t).path??(n.path=[]),t.path.unshift(e),t})}function Qi(e){return typeof e==`string`?e:e?.message}function $i(e){let t=[];for(let n of e??[]){let e=n._zod.def;if(!/_(length|size)$|_equals$/.test(e.check))break;let r=e.maximum??e.length??e.size;r>=0&&t.push([r,n])}return t}function ea(e,t,n){var r;for(let i=t;i<e.length;i++)(r=e[i]).schema??(r.schema=n)}function B(e,t,n){var r;let i=e.inst?._zod?.traits;i?.has(`$ZodType`)&&(i.has(`$ZodCheck`)?(r=e).schema??(r.schema=e.inst):e.schema=e.inst);let a=e.schema===e.inst?void 0:e.schema?._zod.def?.error,o=e.message?e.message:Qi(e.inst?._zod.def?.error?.(e))??Qi(a?.(e))??Qi(t?.error?.(e))??Qi(n.customError?.(e))??Qi(n.localeError?.(e))??`Invalid input`,s={};for(let t of Object.keys(e))t!==`inst`&&t!==`schema`&&t!==`continue`&&t!==`input`&&t!==`__proto__`&&(s[t]=e[t]);return s.path??=[],s.message=o,t?.reportInput&&(s.input=e.input),s}var ta=/[\uD800-\uDBFF]/;function na(e){let t=e.length;if(!ta.test(e))return t;let n=t;for(let r=0;r<t-1;r++)(e.charCodeAt(r)&64512)==55296&&(e.charCodeAt(r+1)&64512)==56320&&(n--,r++);return n}function ra(e){return Array.isArray(e)?`array`:typeof e==`string`?`string`:`unknown`}function ia(e){let t=typeof e;switch(t){case`number`:return Number.isNaN(e)?`nan`:`number`;case`object`:{if(e===null)return`null`;if(Array.isArray(e))return`array`;let t=e;if(t&&Object.getPrototypeOf(t)!==Object.prototype&&`constructor`in t&&t.constructor)return t.constructor.name}}return t}function aa(...e){let[t,n,r]=e;return typeof t==`string`?{message:t,code:`custom`,input:n,inst:r}:{...t}}function oa(e,t){for(let n in t){let r=Object.getOwnPropertyDescriptor(t,n);r.get?Object.defineProperty(e,n,{...r,enumerable:!1}):la(e,n,r.value)}}function V(e,t,n,r=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:r,value:n}),n}function sa(e,t,n){return V(e,t,n,!1)}function ca(e,t){for(let n in e){let r=e[n];Object.defineProperty(t,n,{configurable:!0,enumerable:!0,get(){return V(this,n,r(this))},set(e){V(this,n,e)}})}return t}function la(e,t,n){Object.defineProperty(e,t,{configurable:!0,get(){return this==null?n:V(this,t,n.bind(this))},set(e){V(this,t,e)}})}function ua(e,t){let n=Object.getPrototypeOf(e);return t in n?void 0:n}var da,fa=!1,pa={configurable:!0,get(){fa=!0}};function H(e,t,n){let r=Object.getPrototypeOf(e._zod);t in r&&da!==e._zod?da=void 0:(da=e._zod,Object.defineProperty(r,t,{configurable:!0,get(){Object.defineProperty(this,t,pa);let e=fa;fa=!1;try{let r=n(this);return fa?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:r}),fa||=e,r}catch(n){throw delete this[t],fa||=e,n}},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:e})}}))}function ma(e,t,n,r){let i=ua(e,t);i&&Object.defineProperty(i,t,{configurable:!0,get(){let e={configurable:!0,writable:!0,enumerable:r,value:void 0};return Object.defineProperty(this,t,e),e.value=n(this),Object.defineProperty(this,t,e),e.value},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:r,value:e})}})}var ha=`~constantCatch`;function ga(e){let t=()=>e;return t[ha]=!0,t}var _a=()=>{let e={string:{unit:`characters`,verb:`to have`},file:{unit:`bytes`,verb:`to have`},array:{unit:`items`,verb:`to have`},set:{unit:`items`,verb:`to have`},map:{unit:`entries`,verb:`to have`}};function t(t){return e[t]??null}let n={regex:`input`,email:`email address`,url:`URL`,emoji:`emoji`,uuid:`UUID`,uuidv4:`UUIDv4`,uuidv6:`UUIDv6`,nanoid:`nanoid`,guid:`GUID`,cuid:`cuid`,cuid2:`cuid2`,ulid:`ULID`,xid:`XID`,ksuid:`KSUID`,datetime:`ISO datetime`,date:`ISO date`,time:`ISO time`,duration:`ISO duration`,ipv4:`IPv4 address`,ipv6:`IPv6 address`,mac:`MAC address`,cidrv4:`IPv4 range`,cidrv6:`IPv6 range`,base64:`base64-encoded string`,base64url:`base64url-encoded string`,json_string:`JSON string`,e164:`E.164 number`,currency_code:`currency code`,credit_card:`credit card number`,iban:`IBAN`,jwt:`JWT`,template_literal:`input`},r={nan:`NaN`};function i(e,t){return e===`number`&&typeof t==`number`&&!Number.isFinite(t)?String(t):r[e]??e}return e=>{switch(e.code){case`invalid_type`:return`Invalid input: expected ${i(e.expected)}, received ${i(ia(e.input),e.input)}`;case`invalid_value`:return e.values.length===1?`Invalid input: expected ${Ri(e.values[0])}`:`Invalid option: expected one of ${gi(e.values,`|`)}`;case`too_big`:{let n=e.exact?`exactly `:e.inclusive?`<=`:`<`,r=t(e.origin);return r?`Too big: expected ${e.origin??`value`} to have ${n}${e.maximum.toString()} ${r.unit??`elements`}`:`Too big: expected ${e.origin??`value`} to be ${n}${e.maximum.toString()}`}case`too_small`:{let n=e.exact?`exactly `:e.inclusive?`>=`:`>`,r=t(e.origin);return r?`Too small: expected ${e.origin} to have ${n}${e.minimum.toString()} ${r.unit}`:`Too small: expected ${e.origin} to be ${n}${e.minimum.toString()}`}case`invalid_format`:{let t=e;return t.format===`starts_with`?`Invalid string: must start with "${t.prefix}"`:t.format===`ends_with`?`Invalid string: must end with "${t.suffix}"`:t.format===`includes`?`Invalid string: must include "${t.includes}"`:t.format===`regex`?`Invalid string: must match pattern ${t.pattern}`:`Invalid ${n[t.format]??e.format}`}case`not_multiple_of`:return`Invalid number: must be a multiple of ${e.divisor}`;case`unrecognized_keys`:return`Unrecognized key${e.keys.length>1?`s`:``}: ${gi(e.keys,`, `)}`;case`invalid_key`:return`Invalid key in ${e.origin}`;case`invalid_union`:return e.options&&Array.isArray(e.options)&&e.options.length>0?`Invalid discriminator value. Expected ${e.options.map(e=>`'${e}'`).join(` | `)}`:e.inclusive===!1?`Invalid input: more than one option matched`:`Invalid input`;case`invalid_element`:return`Invalid value in ${e.origin}`;default:return`Invalid input`}}};function va(){return{localeError:_a()}}function ya(){let e=this._zod;return e.message??=JSON.stringify(e.def,_i,2),e.message}function ba(e){this._zod.message=e}var xa={get:ya,set:ba,enumerable:!0,configurable:!0},Sa={value:void 0,enumerable:!1},Ca=new WeakSet([Object.prototype,Error.prototype]),wa=(e,t)=>{e.name=`$ZodError`,Sa.value=t,Object.defineProperty(e,"issues",Sa),Sa.value=void 0,Object.defineProperty(e,"message",xa);let n=Object.getPrototypeOf(e);Ca.has(n)||(Ca.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){let e=()=>this.message;return Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0}),e},set(e){Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0})}}))},Ta=j(`$ZodError`,wa),Ea=j(`$ZodError`,wa,void 0,{Parent:Error});function Da(e,t,n){return Object.prototype.hasOwnProperty.call(e,t)||(t===`__proto__`?Object.defineProperty(e,t,{value:n(),writable:!0,enumerable:!0,configurable:!0}):e[t]=n()),e[t]}function Oa(e,t=e=>e.message){let n={},r=[];for(let i of e.issues)i.path.length>0?Da(n,i.path[0],()=>[]).push(t(i)):r.push(t(i));return{formErrors:r,fieldErrors:n}}function ka(e,t=e=>e.message){let n={_errors:[]},r=(e,i=[])=>{for(let a of e.issues)if(a.code===`invalid_union`&&a.errors.length)a.errors.map(e=>r({issues:e},[...i,...a.path]));else if(a.code===`invalid_key`)r({issues:a.issues},[...i,...a.path]);else if(a.code===`invalid_element`)r({issues:a.issues},[...i,...a.path]);else{let e=[...i,...a.path];if(e.length===0)n._errors.push(t(a));else{let r=n,i=0;for(;i<e.length;){let n=e[i],o=i===e.length-1;if(n===`_errors`){o&&r._errors.push(t(a)),i++;continue}Object.prototype.hasOwnProperty.call(r,n)||Object.defineProperty(r,n,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});let s=r[n];o&&s._errors.push(t(a)),r=s,i++}}}};return r(e),n}function Aa(e,t){return{callee:t?.callee??e,Err:t?.Err}}var ja=e=>{let t=(n,r,i,a)=>{let o=i?{...i,async:!1}:{async:!1},s=n._zod.run({value:r,issues:[]},o);if(s instanceof Promise)throw new pi;if(s.issues.length){let n=new((a?.Err)??e)(s.issues.map(e=>B(e,o,N())));throw ji(n,a?.callee??t),n}return s.value};return t},Ma=ja(Ea),Na=e=>{let t=async(n,r,i,a)=>{let o=i?{...i,async:!0}:{async:!0},s=n._zod.run({value:r,issues:[]},o);if(s instanceof Promise&&(s=await s),s.issues.length){let n=new((a?.Err)??e)(s.issues.map(e=>B(e,o,N())));throw ji(n,a?.callee??t),n}return s.value};return t},Pa=Na(Ea),Fa=e=>(t,n,r)=>{let i=r?{...r,async:!1}:{async:!1},a=t._zod.run({value:n,issues:[]},i);if(a instanceof Promise)throw new pi;return a.issues.length?La(e,a.issues,i):{success:!0,data:a.value}},Ia=Fa(Ea);function La(e,t,n){let r;return{success:!1,get error(){return r||(r=new e(t.map(e=>B(e,n,N()))),t=void 0,n=void 0),r},set error(e){r=e,t=void 0,n=void 0}}}var Ra=e=>async(t,n,r)=>{let i=r?{...r,async:!0}:{async:!0},a=t._zod.run({value:n,issues:[]},i);return a instanceof Promise&&(a=await a),a.issues.length?La(e,a.issues,i):{success:!0,data:a.value}},za=Ra(Ea),Ba=Symbol.for(`zod.compile.invalid`),Va=Symbol.for(`zod.compile.fallback`),Ha=((e,t,n)=>{let r=e._zod.bag.validator;if(r!==void 0){if(r(t)!==Ba)return!0;if(r.definite===!0&&n===void 0)return!1}return Ua(e,t,n)});function Ua(e,t,n){let r=n?{...n,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},i=e._zod.bag.fallbackRun,a;if(i?(r[Va]=!0,a=i({value:t,issues:[]},r)):a=e._zod.run({value:t,issues:[]},r),a instanceof Promise)throw new pi;return a.issues.length===0}var Wa=async(e,t,n)=>{let r=n?{...n,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0},i=e._zod.run({value:t,issues:[]},r);return i instanceof Promise&&(i=await i),i.issues.length===0},Ga=e=>{let t=ja(e),n=(e,r,i,a)=>{let o=i?{...i,direction:`backward`}:{direction:`backward`};return t(e,r,o,Aa(n,a))};return n},Ka=e=>{let t=ja(e),n=(e,r,i,a)=>t(e,r,i,Aa(n,a));return n},qa=e=>{let t=Na(e),n=async(e,r,i,a)=>{let o=i?{...i,direction:`backward`}:{direction:`backward`};return await t(e,r,o,Aa(n,a))};return n},Ja=e=>{let t=Na(e),n=async(e,r,i,a)=>await t(e,r,i,Aa(n,a));return n},Ya=e=>(t,n,r)=>{let i=r?{...r,direction:`backward`}:{direction:`backward`};return Fa(e)(t,n,i)},Xa=e=>(t,n,r)=>Fa(e)(t,n,r),Za=e=>async(t,n,r)=>{let i=r?{...r,direction:`backward`}:{direction:`backward`};return Ra(e)(t,n,i)},Qa=e=>async(t,n,r)=>Ra(e)(t,n,r),$a=/^[cC][0-9a-z]{6,}$/,eo=/^[0-9a-z]+$/,to=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,no=/^[0-9a-vA-V]{20}$/,ro=/^[A-Za-z0-9]{27}$/,io=/^[a-zA-Z0-9_-]{21}$/;function ao(e){return RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}var oo=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,so=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,co=e=>e?RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,lo=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,uo=`^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;function fo(){return new RegExp(uo,`u`)}var po=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,mo=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,ho=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,go=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,_o=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,vo=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,yo=/^https?$/,bo=/^\+[1-9]\d{6,14}$/,xo=`(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;function So(e){return RegExp(`^${e}$`)}var Co=So(xo);function wo(e){let t=`(?:[01]\\d|2[0-3]):[0-5]\\d`;return typeof e.precision==`number`?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}function To(e){return RegExp(`^${wo(e)}$`)}function Eo(e){let t=[`Z`];e.offset&&t.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);let n=`${wo({precision:e.precision,seconds:!0})}(?:${t.join(`|`)})`,r=e.local?`${n}|${wo({precision:e.precision})}`:n;return RegExp(`^${xo}T(?:${r})$`)}var Do=/^[\s\S]{0,}$/,Oo=/^-?\d+$/,ko=/^-?\d+(?:\.\d+)?$/,Ao=/^(?:true|false)$/i,jo=/^[^A-Z]*$/,Mo=/^[^a-z]*$/,U=j(`$ZodCheck`,(e,t)=>{var n;e._zod??={},e._zod.def=t,(n=e._zod).onattach??(n.onattach=[])}),No=e=>{let t=e.value;return!bi(t)&&t.length!==void 0},Po={number:`number`,bigint:`bigint`,object:`date`},Fo=j(`$ZodCheckLessThan`,(e,t)=>{U.init(e,t);let n=Po[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value<=t.value:r.value<t.value)||r.issues.push({origin:Po[typeof r.value]??n,code:`too_big`,maximum:typeof t.value==`object`?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),Io=j(`$ZodCheckGreaterThan`,(e,t)=>{U.init(e,t);let n=Po[typeof t.value];e._zod.check=r=>{(t.inclusive?r.value>=t.value:r.value>t.value)||r.issues.push({origin:Po[typeof r.value]??n,code:`too_small`,minimum:typeof t.value==`object`?t.value.getTime():t.value,input:r.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),Lo=j(`$ZodCheckMultipleOf`,(e,t)=>{U.init(e,t),e._zod.check=n=>{if(typeof n.value!=typeof t.value)throw Error(`Cannot mix number and bigint in multiple_of check.`);(typeof n.value==`bigint`?t.value!==BigInt(0)&&n.value%t.value===BigInt(0):Si(n.value,t.value)===0)||n.issues.push({origin:typeof n.value,code:`not_multiple_of`,divisor:t.value,input:n.value,inst:e,continue:!t.abort})}}),Ro=j(`$ZodCheckNumberFormat`,(e,t)=>{U.init(e,t),t.format=t.format||`float64`;let n=t.format?.includes(`int`),r=n?`int`:`number`,[i,a]=Bi[t.format];e._zod.check=o=>{let s=o.value;if(n){if(!Number.isInteger(s)){o.issues.push({expected:r,format:t.format,code:`invalid_type`,continue:!1,input:s,inst:e});return}if(!Number.isSafeInteger(s)){s>0?o.issues.push({input:s,code:`too_big`,maximum:2**53-1,note:`Integers must be within the safe integer range.`,inst:e,origin:r,inclusive:!0,continue:!t.abort}):o.issues.push({input:s,code:`too_small`,minimum:-(2**53-1),note:`Integers must be within the safe integer range.`,inst:e,origin:r,inclusive:!0,continue:!t.abort});return}}s<i&&o.issues.push({origin:`number`,input:s,code:`too_small`,minimum:i,inclusive:!0,inst:e,continue:!t.abort}),s>a&&o.issues.push({origin:`number`,input:s,code:`too_big`,maximum:a,inclusive:!0,inst:e,continue:!t.abort})}}),zo=j(`$ZodCheckMaxLength`,(e,t)=>{var n;U.init(e,t),(n=e._zod.def).when??(n.when=No),e._zod.check=n=>{let r=n.value,i=r.length;if((typeof r==`string`&&i>t.maximum?na(r):i)<=t.maximum)return;let a=ra(r);n.issues.push({origin:a,code:`too_big`,maximum:t.maximum,inclusive:!0,input:r,inst:e,continue:!t.abort})}}),Bo=j(`$ZodCheckMinLength`,(e,t)=>{var n;U.init(e,t),(n=e._zod.def).when??(n.when=No),e._zod.check=n=>{let r=n.value,i=r.length;if((typeof r==`string`&&i>=t.minimum&&i<t.minimum*2?na(r):i)>=t.minimum)return;let a=ra(r);n.issues.push({origin:a,code:`too_small`,minimum:t.minimum,inclusive:!0,input:r,inst:e,continue:!t.abort})}}),Vo=j(`$ZodCheckLengthEquals`,(e,t)=>{var n;U.init(e,t),(n=e._zod.def).when??(n.when=No),e._zod.check=n=>{let r=n.value,i=r.length,a=typeof r==`string`&&i>=t.length&&i<=t.length*2?na(r):i;if(a===t.length)return;let o=ra(r),s=a>t.length;n.issues.push({origin:o,...s?{code:`too_big`,maximum:t.length}:{code:`too_small`,minimum:t.length},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),Ho=j(`$ZodCheckStringFormat`,(e,t)=>{var n,r;U.init(e,t),t.pattern?(n=e._zod).check??(n.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:`string`,code:`invalid_format`,format:t.format,input:n.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(r=e._zod).check??(r.check=()=>{})}),Uo=j(`$ZodCheckRegex`,(e,t)=>{Ho.init(e,t),e._zod.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:`string`,code:`invalid_format`,format:`regex`,input:n.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),Wo=j(`$ZodCheckLowerCase`,(e,t)=>{t.pattern??=jo,Ho.init(e,t)}),Go=j(`$ZodCheckUpperCase`,(e,t)=>{t.pattern??=Mo,Ho.init(e,t)}),Ko=j(`$ZodCheckIncludes`,(e,t)=>{U.init(e,t);let n=Li(t.includes);t.pattern=new RegExp(typeof t.position==`number`?`^.{${t.position},}${n}`:n),e._zod.check=n=>{n.value.includes(t.includes,t.position)||n.issues.push({origin:`string`,code:`invalid_format`,format:`includes`,includes:t.includes,input:n.value,inst:e,continue:!t.abort})}}),qo=j(`$ZodCheckStartsWith`,(e,t)=>{U.init(e,t);let n=RegExp(`^${Li(t.prefix)}.*`);t.pattern??=n,e._zod.check=n=>{n.value.startsWith(t.prefix)||n.issues.push({origin:`string`,code:`invalid_format`,format:`starts_with`,prefix:t.prefix,input:n.value,inst:e,continue:!t.abort})}}),Jo=j(`$ZodCheckEndsWith`,(e,t)=>{U.init(e,t);let n=RegExp(`.*${Li(t.suffix)}$`);t.pattern??=n,e._zod.check=n=>{n.value.endsWith(t.suffix)||n.issues.push({origin:`string`,code:`invalid_format`,format:`ends_with`,suffix:t.suffix,input:n.value,inst:e,continue:!t.abort})}}),Yo=j(`$ZodCheckOverwrite`,(e,t)=>{U.init(e,t),e._zod.check=e=>{e.value=t.tx(e.value)}}),Xo=class{constructor(e=[],t={}){this.content=[],this.indent=0,this.args=e,this.closed=t}indented(e){this.indent+=1;try{e(this)}finally{--this.indent}}write(e){if(typeof e==`function`){e(this,{execution:`sync`}),e(this,{execution:`async`});return}let t=e.split(`
`).filter(e=>e),n=Math.min(...t.map(e=>e.length-e.trimStart().length)),r=t.map(e=>e.slice(n)).map(e=>` `.repeat(this.indent*2)+e);for(let e of r)this.content.push(e)}compile(){let e=Function,t=this?.content??[``];return new e(...Object.keys(this.closed),`return function (${this.args.join(`, `)}) {\n${t.join(`
`)}\n};`)(...Object.values(this.closed))}},Zo={major:4,minor:6,patch:7},W=j(`$ZodType`,(e,t)=>{var n;e??={},e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=Zo;let r=e._zod.def.checks,i=e._zod.traits.has(`$ZodCheck`)?[e,...r??[]]:r?.length?[...r]:[];for(let t of i)for(let n of t._zod.onattach)n(e);if(i.length===0)(n=e._zod).deferred??(n.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{let t=(t,n,r)=>{if(t.memo)return t;let i=R(t),a;for(let o of n){if(o._zod.def.when){if(Zi(t)||!o._zod.def.when(t))continue}else if(i)continue;let n=t.issues.length,s=o._zod.check(t);if(s instanceof Promise&&r?.async===!1)throw new pi;if(a||s instanceof Promise)a=(a??Promise.resolve()).then(async()=>{await s,t.issues.length!==n&&(ea(t.issues,n,e),i||=R(t,n))});else{if(t.issues.length===n)continue;ea(t.issues,n,e),i||=R(t,n)}}return a?a.then(()=>t):t},n=(n,r,a)=>{if(R(n))return n.aborted=!0,n;let o=t(r,i,a);if(o instanceof Promise){if(a.async===!1)throw new pi;return o.then(t=>e._zod.parse(t,a))}return e._zod.parse(o,a)};e._zod.run=(r,a)=>{if(a.skipChecks)return e._zod.parse(r,a);if(a.direction===`backward`){let t=e._zod.parse({value:r.value,issues:[]},{...a,skipChecks:!0});return t instanceof Promise?t.then(e=>n(e,r,a)):n(t,r,a)}let o=e._zod.parse(r,a);if(o instanceof Promise){if(a.async===!1)throw new pi;return o.then(e=>t(e,i,a))}return t(o,i,a)}}},{get"~standard"(){return sa(this,`~standard`,es(this))},set"~standard"(e){V(this,`~standard`,e)}}),Qo=(e,t)=>e.issues.length?{issues:e.issues.map(e=>B(e,t,N()))}:{value:e.value};async function $o(e,t){let n={async:!0};return Qo(await e._zod.run({value:t,issues:[]},n),n)}function es(e){return{validate:t=>{let n={async:!1};try{let r=e._zod.run({value:t,issues:[]},n);if(!(r instanceof Promise))return Qo(r,n)}catch{}return $o(e,t)},vendor:`zod`,version:1}}var ts=j(`$ZodString`,(e,t)=>{W.init(e,t),e._zod.pattern=t.pattern??Do,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=String(n.value)}catch{}return typeof n.value==`string`||n.issues.push({expected:`string`,code:`invalid_type`,input:n.value,inst:e}),n}}),G=j(`$ZodStringFormat`,(e,t)=>{Ho.init(e,t),ts.init(e,t)}),ns=j(`$ZodGUID`,(e,t)=>{t.pattern??=so,G.init(e,t)}),rs=j(`$ZodUUID`,(e,t)=>{if(t.version){let e={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(e===void 0)throw Error(`Invalid UUID version: "${t.version}"`);t.pattern??=co(e)}else t.pattern??=co();G.init(e,t)}),is=j(`$ZodEmail`,(e,t)=>{t.pattern??=lo,G.init(e,t)});function as(e){try{return typeof URL<`u`&&typeof URL.canParse==`function`?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function os(e,t){return!(`normalize`in t)&&!(`hostname`in t)&&!(`protocol`in t)?as(e)||2:ss(e,t)}function ss(e,t){if(!t.normalize&&t.protocol?.source===yo.source&&!/^https?:\/\//i.test(e))return 1;try{if(typeof URL<`u`){let t=URL;if(typeof t.parse==`function`)return t.parse(e)??2}return new URL(e)}catch{return 2}}var cs=/[\t\n\r]/g;function ls(e){return e.replace(cs,``)}function us(e,t){return t.lastIndex=0,t.test(e.hostname)}function ds(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(`:`)?e.protocol.slice(0,-1):e.protocol)}var fs=j(`$ZodURL`,(e,t)=>{G.init(e,t),e._zod.check=n=>{try{let r=n.value.trim(),i=os(r,t);if(i===1){n.issues.push({code:`invalid_format`,format:`url`,note:`Invalid URL format`,input:n.value,inst:e,continue:!t.abort});return}if(i===2){n.issues.push({code:`invalid_format`,format:`url`,input:n.value,inst:e,continue:!t.abort});return}if(i===!0){n.value=ls(r);return}t.hostname&&!us(i,t.hostname)&&n.issues.push({code:`invalid_format`,format:`url`,note:`Invalid hostname`,pattern:t.hostname.source,input:n.value,inst:e,continue:!t.abort}),t.protocol&&!ds(i,t.protocol)&&n.issues.push({code:`invalid_format`,format:`url`,note:`Invalid protocol`,pattern:t.protocol.source,input:n.value,inst:e,continue:!t.abort}),n.value=t.normalize?i.href:ls(r);return}catch{n.issues.push({code:`invalid_format`,format:`url`,input:n.value,inst:e,continue:!t.abort})}}}),ps=j(`$ZodEmoji`,(e,t)=>{t.pattern??=fo(),G.init(e,t)}),ms=j(`$ZodNanoID`,(e,t)=>{if(t.length!==void 0&&(!Number.isInteger(t.length)||t.length<1))throw Error(`Invalid nanoid length: ${t.length}`);t.pattern??=t.length===void 0?io:ao(t.length),G.init(e,t)}),hs=j(`$ZodCUID`,(e,t)=>{t.pattern??=$a,G.init(e,t)}),gs=j(`$ZodCUID2`,(e,t)=>{t.pattern??=eo,G.init(e,t)}),_s=j(`$ZodULID`,(e,t)=>{t.pattern??=to,G.init(e,t)}),vs=j(`$ZodXID`,(e,t)=>{t.pattern??=no,G.init(e,t)}),ys=j(`$ZodKSUID`,(e,t)=>{t.pattern??=ro,G.init(e,t)}),bs=j(`$ZodISODateTime`,(e,t)=>{t.pattern??=Eo(t),G.init(e,t)}),xs=j(`$ZodISODate`,(e,t)=>{t.pattern??=Co,G.init(e,t)}),Ss=j(`$ZodISOTime`,(e,t)=>{t.pattern??=To(t),G.init(e,t)}),Cs=j(`$ZodISODuration`,(e,t)=>{t.pattern??=oo,G.init(e,t)}),ws=j(`$ZodIPv4`,(e,t)=>{t.pattern??=po,G.init(e,t)}),Ts=/^[0-9a-fA-F:.]+$/;function Es(e){return Ts.test(e)?as(`http://[${e}]`):!1}var Ds=j(`$ZodIPv6`,(e,t)=>{t.pattern??=mo,G.init(e,t),e._zod.check=n=>{Es(n.value)||n.issues.push({code:`invalid_format`,format:`ipv6`,input:n.value,inst:e,continue:!t.abort})}}),Os=j(`$ZodCIDRv4`,(e,t)=>{t.pattern??=ho,G.init(e,t)});function ks(e){let t=e.split(`/`);if(t.length!==2)return!1;let[n,r]=t;if(!r)return!1;let i=Number(r);return`${i}`!==r||i<0||i>128?!1:Es(n)}var As=j(`$ZodCIDRv6`,(e,t)=>{t.pattern??=go,G.init(e,t),e._zod.check=n=>{ks(n.value)||n.issues.push({code:`invalid_format`,format:`cidrv6`,input:n.value,inst:e,continue:!t.abort})}});function js(e){if(e===``)return!0;if(/\s/.test(e)||e.length%4!=0)return!1;try{return atob(e),!0}catch{return!1}}var Ms=/^[0-9a-zA-Z+/]*={0,2}$/,Ns=j(`$ZodBase64`,(e,t)=>{t.pattern??=Ms,G.init(e,t),e._zod.check=n=>{js(n.value)||n.issues.push({code:`invalid_format`,format:`base64`,input:n.value,inst:e,continue:!t.abort})}}),Ps=/^[A-Za-z0-9_-]*$/;function Fs(e){if(!Ps.test(e))return!1;let t=e.replace(/[-_]/g,e=>e===`-`?`+`:`/`);return js(t.padEnd(Math.ceil(t.length/4)*4,`=`))}var Is=j(`$ZodBase64URL`,(e,t)=>{t.pattern??=Ps,G.init(e,t),e._zod.check=n=>{Fs(n.value)||n.issues.push({code:`invalid_format`,format:`base64url`,input:n.value,inst:e,continue:!t.abort})}}),Ls=j(`$ZodE164`,(e,t)=>{t.pattern??=bo,G.init(e,t)});function Rs(e,t=null){try{let n=e.split(`.`);if(n.length!==3)return!1;let[r]=n;if(!r)return!1;let i=JSON.parse(atob(r));return!(`typ`in i&&i?.typ!==`JWT`||!i.alg||t&&(!(`alg`in i)||i.alg!==t))}catch{return!1}}var zs=j(`$ZodJWT`,(e,t)=>{G.init(e,t),e._zod.check=n=>{Rs(n.value,t.alg)||n.issues.push({code:`invalid_format`,format:`jwt`,input:n.value,inst:e,continue:!t.abort})}}),Bs=j(`$ZodNumber`,(e,t)=>{W.init(e,t),e._zod.pattern=ko,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=Number(n.value)}catch{}let i=n.value;if(typeof i==`number`&&!Number.isNaN(i)&&Number.isFinite(i))return n;let a=typeof i==`number`?Number.isNaN(i)?`NaN`:Number.isFinite(i)?void 0:String(i):void 0;return n.issues.push({expected:`number`,code:`invalid_type`,input:i,inst:e,...a?{received:a}:{}}),n}}),Vs=j(`$ZodNumberFormat`,(e,t)=>{Ro.init(e,t),Bs.init(e,t)}),Hs=j(`$ZodBoolean`,(e,t)=>{W.init(e,t),e._zod.pattern=Ao,e._zod.parse=(n,r)=>{if(t.coerce)try{n.value=!!n.value}catch{}let i=n.value;return typeof i==`boolean`||n.issues.push({expected:`boolean`,code:`invalid_type`,input:i,inst:e}),n}}),Us=j(`$ZodUnknown`,(e,t)=>{W.init(e,t),e._zod.parse=e=>e}),Ws=j(`$ZodNever`,(e,t)=>{W.init(e,t),e._zod.parse=(t,n)=>(t.issues.push({expected:`never`,code:`invalid_type`,input:t.value,inst:e}),t)});function Gs(e,t){let n=$i(e._zod.def.checks);if(!n.length)return;let r=Math.min(...n.map(e=>e[0])),i=e._zod.parse;e._zod.parse=(n,a)=>{let o=t(n.value);if(o>r&&!a?.skipChecks&&a?.direction!==`backward`){for(let[t,r]of $i(e._zod.def.checks))if(o>t&&r._zod.def.when(n)){let t=n.issues.length;return r._zod.check(n),n.issues[t].continue=!1,ea(n.issues,t,e),n}}return i(n,a)}}var Ks=e=>Array.isArray(e)?e.length:-1;function qs(e,t,n){e.issues.length&&t.issues.push(...z(n,e.issues)),t.value[n]=e.value}var Js=j(`$ZodArray`,(e,t)=>{W.init(e,t);let n=M.memoizer;n?.attach(e),e._zod.parse=(r,i)=>{let a=r.value;if(!Array.isArray(a))return r.issues.push({expected:`array`,code:`invalid_type`,input:a,inst:e}),r;r.value=n?n.alloc(e,r,Array(a.length),i):Array(a.length);let o=[],s=i?.abortEarly;for(let e=0;e<a.length;e++){let n=a[e],c=t.element._zod.run({value:n,issues:[]},i);if(c instanceof Promise)o.push(c.then(t=>qs(t,r,e)));else if(qs(c,r,e),s&&c.issues.length!==0&&R(c))break}return o.length?Promise.all(o).then(()=>r):r},Gs(e,Ks)});function Ys(e,t,n,r,i,a){let o=n in r,s=a===`optional`;if(o||!s||i!==`optional`){if(e.issues.length){if(i!==void 0&&s&&!o)return;t.issues.push(...z(n,e.issues))}!o&&i===void 0?e.issues.length||t.issues.push({code:`invalid_type`,expected:`nonoptional`,input:void 0,path:[n]}):e.value===void 0?(o||i===`defaulted`&&!s)&&(t.value[n]=void 0):t.value[n]=e.value}}var Xs=[];function Zs(e){let t=Object.keys(e.shape),n=Object.getOwnPropertySymbols(e.shape),r=n.length?n:Xs,i=r.length?[...t,...r]:t;for(let t of i)if(!e.shape?.[t]?._zod?.traits?.has(`$ZodType`))throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);let a=zi(e.shape);return{...e,allKeys:i,symbolKeys:r,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(a)}}function Qs(e,t,n,r,i,a,o){let s=[],c=i.keySet,l=i.catchall._zod,u=l.def.type,d=l.optin,f=l.optout,p=0;for(let i in t){if(o&&n.issues.length!==p){if(R(n,p))break;p=n.issues.length}if(c.has(i))continue;if(i===`__proto__`){u===`never`&&s.push(i);continue}if(u===`never`){s.push(i);continue}let a=l.run({value:t[i],issues:[]},r);a instanceof Promise?e.push(a.then(e=>Ys(e,n,i,t,d,f))):Ys(a,n,i,t,d,f)}return s.length&&n.issues.push({code:`unrecognized_keys`,keys:s,input:t,inst:a,continue:!0}),e.length?Promise.all(e).then(()=>n):n}var $s=j(`$ZodObject`,(e,t)=>{W.init(e,t);let n=Object.getOwnPropertyDescriptor(t,`shape`),r=n?.get?n.get.raw:t.shape??{};if(r){let e=()=>{let n={...r};return Object.defineProperty(t,"shape",{value:n}),e.raw=n,n};e.raw=r,Object.defineProperty(t,"shape",{get:e})}let i=yi(()=>Zs(t));H(e,`propValues`,e=>{let t=e.def.shape,n={};for(let e in t){let r=t[e]._zod;if(r.values){Object.prototype.hasOwnProperty.call(n,e)||Ci(n,e,new Set);for(let t of r.values)n[e].add(t);r.optin!==void 0&&n[e].add(void 0)}}return n});let a=Mi,o=t.catchall,s,c=M.memoizer;c?.attach(e),e._zod.parse=(t,n)=>{s??=i.value;let r=t.value;if(!a(r))return t.issues.push({expected:`object`,code:`invalid_type`,input:r,inst:e}),t;t.value=c?c.alloc(e,t,{},n):{};let l=[],u=s.shape,d=n?.abortEarly,f=t.issues.length;for(let e of s.allKeys){if(d&&t.issues.length!==f){if(R(t,f))break;f=t.issues.length}if(e===`__proto__`)continue;let i=u[e],a=i._zod.optin,o=i._zod.optout,s=i._zod.run({value:r[e],issues:[]},n);s instanceof Promise?l.push(s.then(n=>Ys(n,t,e,r,a,o))):Ys(s,t,e,r,a,o)}return o?Qs(l,r,t,n,i.value,e,d===!0):l.length?Promise.all(l).then(()=>t):t}}),ec=j(`$ZodObjectJIT`,(e,t)=>{$s.init(e,t);let n=e._zod.parse,r=yi(()=>Zs(t)),i=M.memoizer,a=t=>{let n=r.value,a=n.symbolKeys,o=new Xo([`payload`,`ctx`],{shape:t,inst:e,memo:i,syms:a}),s=e=>`shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`,c=(e,t)=>`
          let ${e}_ab = false;
          for (let i = 0; i < ${e}.issues.length; i++) {
            const iss = ${e}.issues[i];
            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${e}_ab = true;
          }
          if (${e}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;o.write(`const input = payload.value;`);let l=Object.create(null),u=0;for(let e of n.allKeys)l[e]=`key_${u++}`;o.write(i?`const newResult = memo.alloc(inst, payload, {}, ctx);`:`const newResult = {};`);for(let e of n.allKeys){if(e===`__proto__`)continue;let n=l[e],r=typeof e==`symbol`?`syms[${a.indexOf(e)}]`:ki(e),i=`${r} in input`,u=t[e],d=u?._zod?.optin,f=d!==void 0,p=u?._zod?.optout===`optional`;if(o.write(`const ${n} = ${s(r)};`),f&&p){let e=d===`optional`?`${n}_present`:`${n}.value !== undefined || ${n}_present`;o.write(`
        const ${n}_present = ${i};
        if (!${n}.issues.length || ${n}_present) {
          if (${n}.issues.length) {${c(n,r)}
          }

          if (${e}) {
            newResult[${r}] = ${n}.value;
          }
        }

      `)}else f?(o.write(`
        if (${n}.issues.length) {${c(n,r)}
        }
      `),d===`defaulted`?o.write(`newResult[${r}] = ${n}.value;`):o.write(`
        if (${n}.value !== undefined || ${i}) {
          newResult[${r}] = ${n}.value;
        }
      `)):o.write(`
        const ${n}_present = ${i};
        if (${n}.issues.length) {${c(n,r)}
        }
        if (!${n}_present && !${n}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${r}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${n}_present) {
          newResult[${r}] = ${n}.value;
        }

      `)}return o.write(`payload.value = newResult;`),o.write(`return payload;`),o.compile()},o,s=Mi,c=!M.jitless,l=c&&Ni.value,u=t.catchall,d;e._zod.parse=(i,f)=>{d??=r.value;let p=i.value;return s(p)?c&&l&&f?.async===!1&&f.jitless!==!0?(o||=a(t.shape),i=o(i,f),u?Qs([],p,i,f,d,e,f?.abortEarly===!0):i):n(i,f):(i.issues.push({expected:`object`,code:`invalid_type`,input:p,inst:e}),i)}});function tc(e,t,n,r){for(let n of e)if(n.issues.length===0)return t.value=n.value,t;let i=e.filter(e=>!R(e));return i.length===1?(t.value=i[0].value,i[0]):(t.issues.push({code:`invalid_union`,input:t.value,inst:n,errors:e.map(e=>e.issues.map(e=>B(e,r,N())))}),t)}var nc=j(`$ZodUnion`,(e,t)=>{W.init(e,t),H(e,`optin`,e=>e.def.options.some(e=>e._zod.optin===`defaulted`)?`defaulted`:e.def.options.some(e=>e._zod.optin!==void 0)?`optional`:void 0),H(e,`optout`,e=>e.def.options.some(e=>e._zod.optout===`optional`)?`optional`:void 0),H(e,`values`,e=>{if(e.def.options.every(e=>e._zod.values))return new Set(e.def.options.flatMap(e=>Array.from(e._zod.values)))}),H(e,`pattern`,e=>{if(e.def.options.every(e=>e._zod.pattern)){let t=e.def.options.map(e=>e._zod.pattern);return RegExp(`^(${t.map(e=>xi(e.source)).join(`|`)})$`)}});let n=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(r,i)=>{if(n)return n(r,i);let a=!1,o=[];for(let e of t.options){let t=e._zod.run({value:r.value,issues:[]},i);if(t instanceof Promise)o.push(t),a=!0;else{if(t.issues.length===0)return t;o.push(t)}}return a?Promise.all(o).then(t=>tc(t,r,e,i)):tc(o,r,e,i)}});function rc(e){let t=new Map;for(let n of e.options){let r=n._zod.propValues?.[e.discriminator];if(!r||r.size===0)throw Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);for(let e of r)if(t.has(e)){if(e!==void 0)throw Error(`Duplicate discriminator value "${String(e)}"`);t.set(e,null)}else t.set(e,n)}return t}var ic=j(`$ZodDiscriminatedUnion`,(e,t)=>{t.inclusive=!1,nc.init(e,t);let n=e._zod.parse;H(e,`propValues`,e=>{let t={},n=0;for(let r of e.def.options){let i=r._zod.propValues;if(!i||Object.keys(i).length===0)throw Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);i[e.def.discriminator]?.has(void 0)&&n++;for(let[e,n]of Object.entries(i)){Object.prototype.hasOwnProperty.call(t,e)||Ci(t,e,new Set);for(let r of n)t[e].add(r)}}return!e.def.unionFallback&&n>1&&t[e.def.discriminator]?.delete(void 0),t}),t.options.forEach((e,n)=>{let r=wi(e._zod.def);if(r&&!Object.prototype.hasOwnProperty.call(r,t.discriminator))throw Error(`Invalid discriminated union option at index "${n}"`)});let r=yi(()=>rc(t));e._zod.parse=(i,a)=>{let o=i.value;if(!Mi(o))return i.issues.push({code:`invalid_type`,expected:`object`,input:o,inst:e}),i;let s=o?.[t.discriminator],c=r.value.get(s);return c&&(s!==void 0||a.direction!==`backward`)?c._zod.run(i,a):t.unionFallback||a.direction===`backward`?n(i,a):(i.issues.push({code:`invalid_union`,errors:[],note:`No matching discriminator`,discriminator:t.discriminator,options:Array.from(r.value.keys()).filter(e=>r.value.get(e)!==null),input:o,path:[t.discriminator],inst:e}),i)}}),ac=j(`$ZodIntersection`,(e,t)=>{W.init(e,t),e._zod.parse=(e,n)=>{let r=e.value,i=t.left._zod.run({value:r,issues:[]},n),a=t.right._zod.run({value:r,issues:[]},n);return i instanceof Promise||a instanceof Promise?Promise.all([i,a]).then(([t,n])=>sc(e,t,n)):sc(e,i,a)}});function oc(e,t){if(e===t||e instanceof Date&&t instanceof Date&&+e==+t)return{valid:!0,data:e};if(Pi(e)&&Pi(t)){let n=Object.keys(t),r=Object.keys(e).filter(e=>n.indexOf(e)!==-1),i={...e,...t};Object.prototype.hasOwnProperty.call(i,`__proto__`)&&delete i.__proto__;for(let n of r){if(n===`__proto__`)continue;let r=oc(e[n],t[n]);if(!r.valid)return{valid:!1,mergeErrorPath:[n,...r.mergeErrorPath]};i[n]=r.data}return{valid:!0,data:i}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};let n=[];for(let r=0;r<e.length;r++){let i=e[r],a=t[r],o=oc(i,a);if(!o.valid)return{valid:!1,mergeErrorPath:[r,...o.mergeErrorPath]};n.push(o.data)}return{valid:!0,data:n}}return{valid:!1,mergeErrorPath:[]}}function sc(e,t,n){let r=new Map,i,a=new Map,o=(e,t)=>{let n;if(e.code===`unrecognized_keys`&&!e.path?.length)i??=e,n=e.keys;else if(e.code===`invalid_key`&&e.origin===`record`&&e.path?.length===1){let t=String(e.path[0]);a.has(t)||a.set(t,e),n=[t]}else return!1;for(let e of n)r.has(e)||r.set(e,{}),r.get(e)[t]=!0;return!0};for(let n of t.issues)o(n,`l`)||e.issues.push(n);for(let t of n.issues)o(t,`r`)||e.issues.push(t);let s=[...r].filter(([,e])=>e.l&&e.r).map(([e])=>e);if(s.length){let t=i?s.filter(e=>i.keys.includes(e)):[];t.length&&e.issues.push({...i,keys:t});for(let n of s)!t.includes(n)&&a.has(n)&&e.issues.push(a.get(n))}let c=oc(t.value,n.value);if(!c.valid){if(R(e))return e;throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`)}return e.value=c.data,e}var cc=j(`$ZodTuple`,(e,t)=>{W.init(e,t);let n=t.items,r=M.memoizer;r?.attach(e),e._zod.parse=(i,a)=>{let o=i.value;if(!Array.isArray(o))return i.issues.push({input:o,inst:e,expected:`tuple`,code:`invalid_type`}),i;i.value=r?r.alloc(e,i,[],a):[];let s=[],c=lc(n,`optin`),l=lc(n,`optout`);if(!t.rest){if(o.length<c)return i.issues.push({code:`too_small`,minimum:c,inclusive:!0,input:o,inst:e,origin:`array`}),i;o.length>n.length&&i.issues.push({code:`too_big`,maximum:n.length,inclusive:!0,input:o,inst:e,origin:`array`})}let u=Array(n.length),d=t.rest?a?.abortEarly:void 0,f=!1;for(let e=0;e<n.length;e++){let t=n[e]._zod.run({value:o[e],issues:[]},a);t instanceof Promise?s.push(t.then(t=>{u[e]=t})):(u[e]=t,d&&!f&&t.issues.length&&(f=R(t)))}if(t.rest&&!f){let e=n.length-1,r=o.slice(n.length),c=i.issues.length;for(let n of r){if(d&&i.issues.length!==c){if(R(i,c))break;c=i.issues.length}e++;let r=t.rest._zod.run({value:n,issues:[]},a);r instanceof Promise?s.push(r.then(t=>uc(t,i,e))):uc(r,i,e)}}return s.length?Promise.all(s).then(()=>dc(u,i,n,o,l)):dc(u,i,n,o,l)}});function lc(e,t){for(let n=e.length-1;n>=0;n--)if(!(t===`optin`?e[n]._zod.optin!==void 0:e[n]._zod.optout===`optional`))return n+1;return 0}function uc(e,t,n){e.issues.length&&t.issues.push(...z(n,e.issues)),t.value[n]=e.value}function dc(e,t,n,r,i){for(let a=0;a<n.length;a++){let o=e[a],s=a<r.length;if(!s&&a>=i&&n[a]._zod.optin===`optional`){t.value.length=a;break}if(o.issues.length){if(!s&&a>=i){t.value.length=a;break}t.issues.push(...z(a,o.issues))}t.value[a]=o.value}for(let e=t.value.length-1;e>=r.length&&n[e]._zod.optout===`optional`&&t.value[e]===void 0;e--)t.value.length=e;return t}var fc=j(`$ZodRecord`,(e,t)=>{W.init(e,t);let n=M.memoizer;n?.attach(e),e._zod.parse=(r,i)=>{let a=r.value;if(!Pi(a))return r.issues.push({expected:`record`,code:`invalid_type`,input:a,inst:e}),r;let o=[],s=t.keyType._zod.values;if(s&&!t.partial){r.value=n?n.alloc(e,r,{},i):{};let c=new Set;for(let n of s)if(typeof n==`string`||typeof n==`number`||typeof n==`symbol`){if(c.add(typeof n==`number`?n.toString():n),n===`__proto__`)continue;let s=t.keyType._zod.run({value:n,issues:[]},i);if(s instanceof Promise)throw Error(`Async schemas not supported in object keys currently`);if(s.issues.length){r.issues.push({code:`invalid_key`,origin:`record`,issues:s.issues.map(e=>B(e,i,N())),input:n,path:[n],inst:e});continue}let l=s.value;if(l===`__proto__`)continue;let u=t.valueType._zod.run({value:a[n],issues:[]},i);u instanceof Promise?o.push(u.then(e=>{e.issues.length&&r.issues.push(...z(n,e.issues)),r.value[l]=e.value})):(u.issues.length&&r.issues.push(...z(n,u.issues)),r.value[l]=u.value)}let l;for(let e in a)if(!c.has(e)){if(t.mode===`loose`){if(e===`__proto__`)continue;r.value[e]=a[e]}else l??=[],l.push(e)}l&&l.length>0&&r.issues.push({code:`unrecognized_keys`,input:a,inst:e,keys:l,continue:!0})}else{r.value=n?n.alloc(e,r,{},i):{};let c;for(let n of Reflect.ownKeys(a)){if(n===`__proto__`||!Object.prototype.propertyIsEnumerable.call(a,n))continue;let l=t.keyType._zod.run({value:n,issues:[]},i);if(l instanceof Promise)throw Error(`Async schemas not supported in object keys currently`);if(typeof n==`string`&&ko.test(n)&&l.issues.length){let e=t.keyType._zod.run({value:Number(n),issues:[]},i);if(e instanceof Promise)throw Error(`Async schemas not supported in object keys currently`);e.issues.length===0&&(l=e)}if(l.issues.length){t.mode===`loose`?r.value[n]=a[n]:s?(c??=[],c.push(n)):r.issues.push({code:`invalid_key`,origin:`record`,issues:l.issues.map(e=>B(e,i,N())),input:n,path:[n],inst:e});continue}let u=l.value;if(u===`__proto__`)continue;let d=t.valueType._zod.run({value:a[n],issues:[]},i);d instanceof Promise?o.push(d.then(e=>{e.issues.length&&r.issues.push(...z(n,e.issues)),r.value[u]=e.value})):(d.issues.length&&r.issues.push(...z(n,d.issues)),r.value[u]=d.value)}c&&c.length>0&&r.issues.push({code:`unrecognized_keys`,input:a,inst:e,keys:c,continue:!0})}return o.length?Promise.all(o).then(()=>r):r}}),pc=j(`$ZodEnum`,(e,t)=>{W.init(e,t);let n=hi(t.entries),r=new Set(n);e._zod.values=r,H(e,`pattern`,e=>{let t=hi(e.def.entries).filter(e=>Ii.has(typeof e));return RegExp(t.length?`^(${t.map(e=>Li(e.toString())).join(`|`)})$`:`^[^\\s\\S]$`)}),e._zod.parse=(t,i)=>{let a=t.value;return r.has(a)||t.issues.push({code:`invalid_value`,values:n,input:a,inst:e}),t}}),mc=j(`$ZodLiteral`,(e,t)=>{W.init(e,t);let n=new Set(t.values);e._zod.values=n,H(e,`pattern`,e=>{let t=e.def.values;return RegExp(t.length?`^(${t.map(e=>typeof e==`string`?Li(e):e?Li(e.toString()):String(e)).join(`|`)})$`:`^[^\\s\\S]$`)}),e._zod.parse=(r,i)=>{let a=r.value;return n.has(a)||r.issues.push({code:`invalid_value`,values:t.values,input:a,inst:e}),r}}),hc=j(`$ZodTransform`,(e,t)=>{W.init(e,t),e._zod.optin=`optional`,M.memoizer?.guard(e),e._zod.parse=(n,r)=>{if(r.direction===`backward`)throw new mi(e.constructor.name);let i=t.transform(n.value,n);if(r.async)return(i instanceof Promise?i:Promise.resolve(i)).then(e=>(n.value=e,n));if(i instanceof Promise)throw new pi;return n.value=i,n}});function gc(e,t){return e.value=t.issues.length?void 0:t.value,e}var _c=j(`$ZodOptional`,(e,t)=>{W.init(e,t),H(e,`optin`,e=>e.def.innerType._zod.optin===`defaulted`?`defaulted`:`optional`),e._zod.optout=`optional`,H(e,`values`,e=>{let t=e.def.innerType._zod.values;return t?new Set([...t,void 0]):void 0}),H(e,`pattern`,e=>{let t=e.def.innerType._zod.pattern;return t?RegExp(`^(${xi(t.source)})?$`):void 0}),e._zod.parse=(e,n)=>{if(e.value===void 0){if(t.innerType._zod.optin!==`defaulted`)return e;let r=t.innerType._zod.run({value:e.value,issues:[]},n);return r instanceof Promise?r.then(t=>gc(e,t)):gc(e,r)}return t.innerType._zod.run(e,n)}}),vc=j(`$ZodExactOptional`,(e,t)=>{_c.init(e,t),H(e,`values`,e=>e.def.innerType._zod.values),H(e,`pattern`,e=>e.def.innerType._zod.pattern),e._zod.parse=(e,n)=>t.innerType._zod.run(e,n)}),yc=j(`$ZodNullable`,(e,t)=>{W.init(e,t),H(e,`optin`,e=>e.def.innerType._zod.optin),H(e,`optout`,e=>e.def.innerType._zod.optout),H(e,`pattern`,e=>{let t=e.def.innerType._zod.pattern;return t?RegExp(`^(${xi(t.source)}|null)$`):void 0}),H(e,`values`,e=>e.def.innerType._zod.values?new Set([...e.def.innerType._zod.values,null]):void 0),e._zod.parse=(e,n)=>e.value===null?e:t.innerType._zod.run(e,n)}),bc=j(`$ZodDefault`,(e,t)=>{W.init(e,t),e._zod.optin=`defaulted`,H(e,`values`,e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>{if(n.direction===`backward`)return t.innerType._zod.run(e,n);if(e.value===void 0)return e.value=t.defaultValue,e;let r=t.innerType._zod.run(e,n);return r instanceof Promise?r.then(e=>xc(e,t)):xc(r,t)}});function xc(e,t){return e.value===void 0&&(e.value=t.defaultValue),e}var Sc=j(`$ZodPrefault`,(e,t)=>{W.init(e,t),e._zod.optin=`defaulted`,H(e,`values`,e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>(n.direction===`backward`||e.value===void 0&&(e.value=t.defaultValue),t.innerType._zod.run(e,n))}),Cc=j(`$ZodNonOptional`,(e,t)=>{W.init(e,t),H(e,`values`,e=>{let t=e.def.innerType._zod.values;return t?new Set([...t].filter(e=>e!==void 0)):void 0}),e._zod.parse=(n,r)=>{let i=t.innerType._zod.run(n,r);return i instanceof Promise?i.then(t=>wc(t,e)):wc(i,e)}});function wc(e,t){return!e.issues.length&&e.value===void 0&&e.issues.push({code:`invalid_type`,expected:`nonoptional`,input:e.value,inst:t}),e}function Tc(e,t,n,r){return t.issues.length?(e.value=n.catchValue({...t,value:e.value,error:{issues:t.issues.map(e=>B(e,r,N()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}var Ec=j(`$ZodCatch`,(e,t)=>{W.init(e,t),H(e,`optin`,e=>e.def.innerType._zod.optin===`defaulted`?`defaulted`:`optional`),H(e,`optout`,e=>e.def.innerType._zod.optout),H(e,`values`,e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>{if(n.direction===`backward`)return t.innerType._zod.run(e,n);let r=t.innerType._zod.run({value:e.value,issues:[]},n);return r instanceof Promise?r.then(r=>Tc(e,r,t,n)):Tc(e,r,t,n)}}),Dc=j(`$ZodPipe`,(e,t)=>{W.init(e,t),H(e,`values`,e=>e.def.in._zod.values),H(e,`optin`,e=>e.def.in._zod.optin),H(e,`optout`,e=>e.def.out._zod.optout),H(e,`propValues`,e=>e.def.in._zod.propValues),e._zod.parse=(e,n)=>{if(n.direction===`backward`){let r=t.out._zod.run(e,n);return r instanceof Promise?r.then(e=>Oc(e,t.in,n)):Oc(r,t.in,n)}let r=t.in._zod.run(e,n);return r instanceof Promise?r.then(e=>Oc(e,t.out,n)):Oc(r,t.out,n)}});function Oc(e,t,n){return e.issues.some(e=>e.code!==`unrecognized_keys`)?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},n)}var kc=j(`$ZodReadonly`,(e,t)=>{W.init(e,t),H(e,`propValues`,e=>e.def.innerType._zod.propValues),H(e,`values`,e=>e.def.innerType._zod.values),H(e,`optin`,e=>e.def.innerType?._zod?.optin),H(e,`optout`,e=>e.def.innerType?._zod?.optout),e._zod.parse=(e,n)=>{if(n.direction===`backward`)return t.innerType._zod.run(e,n);let r=t.innerType._zod.run(e,n);return r instanceof Promise?r.then(Ac):Ac(r)}});function Ac(e){return e.memo||(e.value=Object.freeze(e.value)),e}var jc=j(`$ZodCustom`,(e,t)=>{U.init(e,t),W.init(e,t),e._zod.parse=(e,t)=>e,e._zod.check=n=>{let r=n.value,i=t.fn(r);if(i instanceof Promise)return i.then(t=>Mc(t,n,r,e));Mc(i,n,r,e)}});function Mc(e,t,n,r){if(!e){let e={code:`custom`,input:n,inst:r,path:[...r._zod.def.path??[]],continue:!r._zod.def.abort};r._zod.def.params&&(e.params=r._zod.def.params),t.issues.push(aa(e))}}function Nc(e){return e.checks&&=[...e.checks],e}function Pc(e,t){return new e(Nc({type:`string`,...L(t)}))}function Fc(e,t){return new e({type:`string`,format:`email`,check:`string_format`,abort:!1,...L(t)})}function Ic(e,t){return new e({type:`string`,format:`guid`,check:`string_format`,abort:!1,...L(t)})}function Lc(e,t){return new e({type:`string`,format:`uuid`,check:`string_format`,abort:!1,...L(t)})}function Rc(e,t){return new e({type:`string`,format:`uuid`,check:`string_format`,abort:!1,version:`v4`,...L(t)})}function zc(e,t){return new e({type:`string`,format:`uuid`,check:`string_format`,abort:!1,version:`v6`,...L(t)})}function Bc(e,t){return new e({type:`string`,format:`uuid`,check:`string_format`,abort:!1,version:`v7`,...L(t)})}function Vc(e,t){return new e({type:`string`,format:`url`,check:`string_format`,abort:!1,...L(t)})}function Hc(e,t){return new e({type:`string`,format:`emoji`,check:`string_format`,abort:!1,...L(t)})}function Uc(e,t){return new e({type:`string`,format:`nanoid`,check:`string_format`,abort:!1,...L(t)})}function Wc(e,t){return new e({type:`string`,format:`cuid`,check:`string_format`,abort:!1,...L(t)})}function Gc(e,t){return new e({type:`string`,format:`cuid2`,check:`string_format`,abort:!1,...L(t)})}function Kc(e,t){return new e({type:`string`,format:`ulid`,check:`string_format`,abort:!1,...L(t)})}function qc(e,t){return new e({type:`string`,format:`xid`,check:`string_format`,abort:!1,...L(t)})}function Jc(e,t){return new e({type:`string`,format:`ksuid`,check:`string_format`,abort:!1,...L(t)})}function Yc(e,t){return new e({type:`string`,format:`ipv4`,check:`string_format`,abort:!1,...L(t)})}function Xc(e,t){return new e({type:`string`,format:`ipv6`,check:`string_format`,abort:!1,...L(t)})}function Zc(e,t){return new e({type:`string`,format:`cidrv4`,check:`string_format`,abort:!1,...L(t)})}function Qc(e,t){return new e({type:`string`,format:`cidrv6`,check:`string_format`,abort:!1,...L(t)})}function $c(e,t){return new e({type:`string`,format:`base64`,check:`string_format`,abort:!1,...L(t)})}function el(e,t){return new e({type:`string`,format:`base64url`,check:`string_format`,abort:!1,...L(t)})}function tl(e,t){return new e({type:`string`,format:`e164`,check:`string_format`,abort:!1,...L(t)})}function nl(e,t){return new e({type:`string`,format:`jwt`,check:`string_format`,abort:!1,...L(t)})}function rl(e,t){return new e({type:`string`,format:`datetime`,check:`string_format`,offset:!1,local:!1,precision:null,...L(t)})}function il(e,t){return new e({type:`string`,format:`date`,check:`string_format`,...L(t)})}function al(e,t){return new e({type:`string`,format:`time`,check:`string_format`,precision:null,...L(t)})}function ol(e,t){return new e({type:`string`,format:`duration`,check:`string_format`,...L(t)})}function sl(e,t){return new e(Nc({type:`number`,checks:[],...L(t)}))}function cl(e,t){return new e({type:`number`,check:`number_format`,abort:!1,format:`safeint`,...L(t)})}function ll(e,t){return new e({type:`boolean`,...L(t)})}function ul(e){return new e({type:`unknown`})}function dl(e,t){return new e({type:`never`,...L(t)})}function fl(e,t){return new Fo({check:`less_than`,...L(t),value:e,inclusive:!1})}function pl(e,t){return new Fo({check:`less_than`,...L(t),value:e,inclusive:!0})}function ml(e,t){return new Io({check:`greater_than`,...L(t),value:e,inclusive:!1})}function hl(e,t){return new Io({check:`greater_than`,...L(t),value:e,inclusive:!0})}function gl(e,t){return new Lo({check:`multiple_of`,...L(t),value:e})}function K(e,t){return new zo({check:`max_length`,...L(t),maximum:e})}function _l(e,t){return new Bo({check:`min_length`,...L(t),minimum:e})}function vl(e,t){return new Vo({check:`length_equals`,...L(t),length:e})}function yl(e,t){return new Uo({check:`string_format`,format:`regex`,...L(t),pattern:e})}function bl(e){return new Wo({check:`string_format`,format:`lowercase`,...L(e)})}function xl(e){return new Go({check:`string_format`,format:`uppercase`,...L(e)})}function Sl(e,t){return new Ko({check:`string_format`,format:`includes`,...L(t),includes:e})}function Cl(e,t){return new qo({check:`string_format`,format:`starts_with`,...L(t),prefix:e})}function wl(e,t){return new Jo({check:`string_format`,format:`ends_with`,...L(t),suffix:e})}function Tl(e){return new Yo({check:`overwrite`,tx:e})}function El(e){return Tl(t=>t.normalize(e))}function Dl(){return Tl(e=>e.trim())}function Ol(){return Tl(e=>e.toLowerCase())}function kl(){return Tl(e=>e.toUpperCase())}function Al(){return Tl(e=>Ai(e))}function jl(e,t,n){return new e({type:`array`,element:t,...L(n)})}function Ml(e,t,n){return new e({type:`custom`,check:`custom`,fn:t,...L(n)})}function Nl(e,t){let n=Pl(t=>(t.addIssue=e=>{if(typeof e==`string`)t.issues.push(aa(e,t.value,n._zod.def));else{let r=e;r.fatal&&(r.continue=!1),r.code??=`custom`,`input`in r||(r.input=t.value),r.inst??=n,r.continue??=!n._zod.def.abort,t.issues.push(aa(r))}},e(t.value,t)),t);return n}function Pl(e,t){let n=new U({check:`custom`,...L(t)});return n._zod.check=e,n}var q=j(`ZodMiniType`,(e,t)=>{if(!e._zod)throw Error(`Uninitialized schema in ZodMiniType.`);W.init(e,t),e.def=t,e.type=t.type},{get with(){return this.check},set with(e){V(this,`with`,e)},parse(e,t){return Ma(this,e,t,{callee:this.parse})},parseAsync(e,t){return Pa(this,e,t,{callee:this.parseAsync})},safeParse(e,t){return Ia(this,e,t)},safeParseAsync(e,t){return za(this,e,t)},check(...e){let t=this.def;return this.clone({...t,checks:[...t.checks??[],...e.map(e=>typeof e==`function`?{_zod:{check:e,def:{check:`custom`},onattach:[]}}:e)]},{parent:!0})},clone(e,t){return I(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},apply(e,...t){return t.length===0?e(this):e(this,...t)}}),Fl=j(`ZodMiniString`,(e,t)=>{ts.init(e,t),q.init(e,t)});function J(e){return Pc(Fl,e)}var Il=j(`ZodMiniNumber`,(e,t)=>{Bs.init(e,t),q.init(e,t)});function Ll(e){return sl(Il,e)}var Rl=j(`ZodMiniNumberFormat`,(e,t)=>{Vs.init(e,t),Il.init(e,t)});function zl(e){return cl(Rl,e)}var Bl=j(`ZodMiniBoolean`,(e,t)=>{Hs.init(e,t),q.init(e,t)});function Vl(e){return ll(Bl,e)}var Hl=j(`ZodMiniUnknown`,(e,t)=>{Us.init(e,t),q.init(e,t)});function Ul(){return ul(Hl)}var Wl=j(`ZodMiniNever`,(e,t)=>{Ws.init(e,t),q.init(e,t)});function Gl(e){return dl(Wl,e)}var Kl=j(`ZodMiniArray`,(e,t)=>{Js.init(e,t),q.init(e,t)});function ql(e,t){return new Kl({type:`array`,element:e,...L(t)})}var Jl=j(`ZodMiniObject`,(e,t)=>{$s.init(e,t),q.init(e,t),ma(e,`shape`,e=>e._zod.def.shape,!1)});function Y(e,t){return new Jl({type:`object`,shape:e,catchall:Gl(),...L(t)})}function Yl(e,t){return new Jl({type:`object`,shape:e,catchall:Ul(),...L(t)})}function Xl(e,t){return Gi(e,t)}var Zl=j(`ZodMiniRecord`,(e,t)=>{fc.init(e,t),q.init(e,t)});function Ql(e,t,n){return!t||!t._zod?new Zl({type:`record`,keyType:J(),valueType:e,...L(t)}):new Zl({type:`record`,keyType:e,valueType:t,...L(n)})}var $l=j(`ZodMiniEnum`,(e,t)=>{pc.init(e,t),q.init(e,t),e.options=[...e._zod.values]});function eu(e,t){return new $l({type:`enum`,entries:Array.isArray(e)?Object.fromEntries(e.map(e=>[e,e])):e,...L(t)})}var tu=j(`ZodMiniTransform`,(e,t)=>{hc.init(e,t),q.init(e,t)});function nu(e){return new tu({type:`transform`,transform:e})}var ru=j(`ZodMiniNullable`,(e,t)=>{yc.init(e,t),q.init(e,t)});function iu(e){return new ru({type:`nullable`,innerType:e})}var au=j(`ZodMiniPipe`,(e,t)=>{Dc.init(e,t),q.init(e,t)});function ou(e,t){return new au({type:`pipe`,in:e,out:t})}var su=j(`ZodMiniCustom`,(e,t)=>{jc.init(e,t),q.init(e,t)});function X(e,t={}){return Ml(su,e,t)}N(va());var cu=`shutdown.captains`,lu=`shutdown-captain`,Z=zl().check(hl(0),pl(2**53-1)),Q=J().check(_l(1),K(40)),$=J().check(_l(1),K(64),yl(/^[A-Za-z0-9_-]+$/,`only letters, digits, - and _`)),uu=ou(J().check(K(bn*4),X(e=>Dn(e)===null,{message:`a name of 1 to ${bn} characters that shows as text, without control or text-direction characters`})),nu(Cn)),du=e=>Ql($,e).check(X(e=>Object.keys(e).length<=_.recordsPerCaptain,{message:`at most ${_.recordsPerCaptain} entries`})),fu=ql($).check(K(_.recordsPerCaptain,{message:`at most ${_.recordsPerCaptain} entries`})),pu=zl().check(hl(36),pl(50)),mu=Y({completions:Z.check(hl(1)),firstCompletedAt:Q,bestIgtTicks:Z}),hu=Y({id:$,name:uu,level:pu,createdAt:Q,missions:du(mu),tallies:du(Z),accolades:fu,sp:Z,exp:Z}),gu=Yl({version:Z,simVersion:Z,missionId:$,seed:Z,captainLevel:pu,replay:Vl(),world:Ql(J(),Ul()),mission:Ql(J(),Ul())}).check(X(e=>ce(JSON.stringify(e))<=_.checkpointBytes,{message:`a checkpoint of at most ${v(_.checkpointBytes)}`})),_u=Y({id:$,name:uu,level:pu,createdAt:Q,prerequisitesDone:fu,missions:du(mu),tallies:du(Z),accolades:du(Q),sp:Z,exp:Z,items:ql(Y({missionId:$,mark:J().check(_l(1),K(8)),kind:eu([`first-completion`,`replay`]),at:Q})).check(K(_.itemsPerCaptain,{message:`at most ${_.itemsPerCaptain} items`})),run:iu(Y({missionId:$,stepId:$,stepTitle:J().check(K(200)),savedAt:Q,snapshot:gu}))}),vu=Z,yu=J().check(_l(1),K(64)),bu=Ql(yu,iu(vu)).check(X(e=>Object.keys(e).length<=_.splitsPerAttempt,{message:`at most ${_.splitsPerAttempt} splits`})),xu=eu([`complete`,`reset`,`failed`,`abandoned`]),Su=iu(J().check(K(64),yl(/^[A-Za-z0-9_-]+$/,`only letters, digits, - and _`))),Cu=Y({attempts:Z,pb:iu(Y({igtTicks:vu,splitTimes:bu,replayId:Su,at:Q,attempt:Z})),bestSegments:Ql(yu,vu).check(X(e=>Object.keys(e).length<=_.splitsPerAttempt,{message:`at most ${_.splitsPerAttempt} splits`})),history:ql(Y({n:Z,at:Q,result:xu,igtTicks:vu,rtaMs:iu(Ll().check(hl(0),pl(0xe8d4a51000))),flags:ql(eu([`autopilot`,`resumed`,`practice`])).check(K(3)),splitTimes:bu,replayId:Su})).check(K(_.attemptsPerBoard,{message:`at most ${_.attemptsPerBoard} attempts`}))}),wu=Xl(_u,{speedrun:Ql(J().check(yl(/^[a-z0-9%-]{1,64}\/[a-z0-9-]{1,64}$/,`a category/difficulty key`)),Cu).check(X(e=>Object.keys(e).length<=_.boardsPerCaptain,{message:`at most ${_.boardsPerCaptain} speedrun boards`}))}),Tu=e=>Y({captains:ql(e).check(K(_.captains,{message:`at most ${_.captains} captains`})),activeId:iu($)}).check(X(e=>new Set(e.captains.map(e=>e.id)).size===e.captains.length,{message:`two captains share an id`})),Eu=Tu(hu),Du=Tu(_u),Ou=Tu(wu);function ku(e){let t=e.issues[0];return t?`$${t.path.map(e=>typeof e==`number`?`[${e}]`:`.${String(e)}`).join(``)}: ${t.message}`:`invalid data`}var Au=class extends Error{};function ju(e){return{activeId:e.activeId,captains:e.captains.map(e=>({id:e.id,name:e.name,level:e.level,createdAt:e.createdAt,prerequisitesDone:[xn],missions:e.missions,tallies:e.tallies,accolades:Object.fromEntries(e.accolades.map(t=>[t,e.createdAt])),sp:e.sp,exp:e.exp,items:[],run:null,speedrun:{}}))}}function Mu(e){return{activeId:e.activeId,captains:e.captains.map(e=>({...e,speedrun:{}}))}}function Nu(e,t){let n=e;if(t===1){let e=Eu.safeParse(n);if(!e.success)throw new Au(`save version 1 is invalid at ${ku(e.error)}`);n=ju(e.data)}if(t===1||t===2){let e=Du.safeParse(t===1?{...n,captains:n.captains.map(({speedrun:e,...t})=>t)}:n);if(!e.success)throw new Au(`save version ${t} is invalid at ${ku(e.error)}`);n=Mu(e.data)}else if(t!==3)throw new Au(`save version ${t} is not one this game knows`);let r=Ou.safeParse(n);if(!r.success)throw new Au(`the save is invalid at ${ku(r.error)}`);let i=r.data;return i.activeId!==null&&!i.captains.some(e=>e.id===i.activeId)&&(i.activeId=i.captains[0]?.id??null),i}var Pu=(e,t,n)=>`${e} ${v(t)}, over the game’s limit of ${v(n)}`;function Fu(e){let t=e.length>_.saveBytes?e.length:ce(e);if(t>_.saveBytes)return{ok:!1,problem:Pu(`it takes`,t,_.saveBytes)};let n;try{n=JSON.parse(e)}catch{return{ok:!1,problem:`it is not valid JSON`}}if(typeof n!=`object`||!n||!(`state`in n))return{ok:!1,problem:`it is not a Shutdown save`};let r=n.version;if(typeof r!=`number`||!Number.isInteger(r)||r<1)return{ok:!1,problem:`it has no valid version number`};if(r>3)return{ok:!1,problem:`it was made by a newer version of the game (save version ${r}; this one reads up to 3)`};let i=n.state;if(r<3)return{ok:!0,state:i,version:r};try{return{ok:!0,state:Nu(i,r),version:r}}catch(e){return{ok:!1,problem:e.message}}}function Iu(e){let t=JSON.stringify(e),n=ce(t);if(n>_.saveBytes)return{ok:!1,problem:Pu(`the save would take`,n,_.saveBytes)};let r=Fu(t);return r.ok?r.version===3?{ok:!0,text:t}:{ok:!1,problem:`the save would be of version ${r.version}, not 3`}:{ok:!1,problem:r.problem.replace(/^it /,`the save `)}}var Lu=class{storage;onNotice;backups;lastRaw=new Map;slots=new Map;pending=new Set;constructor(e,t,n=[]){this.storage=e,this.onNotice=t,this.backups=n,e||t(`This browser does not let the game save: captains last for this visit only.`)}async settled(){for(;this.pending.size>0;)await Promise.all(this.pending)}getItem(e){let t=this.slot(e).read();if(!t.ok)return this.onNotice(`Saved captains could not be read from this browser’s storage: ${t.problem}.`),null;if(t.raw===null)return null;this.lastRaw.set(e,t.raw);let n=Fu(t.raw);if(!n.ok)return this.quarantine(e,n.problem);if(n.version===3)return{state:n.state,version:n.version};let r;try{r=Nu(n.state,n.version)}catch(t){return this.quarantine(e,t.message)}let i=Iu({state:r,version:3});return i.ok?(this.keepThenWrite(e,t.raw,i.text),{state:r,version:3}):this.quarantine(e,`once brought up to date, ${i.problem}`)}setItem(e,t){let n=this.commit(e,t);n&&this.onNotice(`Your latest progress could not be saved: ${n}. The save from before is kept; export your captain to keep a copy of it as it is now.`,`active-captain`)}commit(e,t){let n=Iu(t);return n.ok?(this.lastRaw.delete(e),this.slot(e).write(n.text)):n.problem}removeItem(e){try{this.storage?.removeItem(e)}catch(e){this.onNotice(`The saved captains could not be removed: ${e.message}.`)}}quarantineLast(e,t){this.quarantine(e,t)}slot(e){let t=this.slots.get(e);return t||(t=new f(this.storage,e,this.backups),this.slots.set(e,t)),t}keepThenWrite(e,t,n){this.lastRaw.delete(e);let r=this.slot(e),i=r.setAside(t,`the save from the older version could not be backed up, so it is left as it was and nothing is saved over it`);r.write(n),this.track(i.then(({backup:e,writeProblem:n})=>{e.ok?n&&this.onNotice(`Your captains, brought up to date, could not be saved: ${n}. The old save is kept as “${e.name}” in ${e.place}.`,`active-captain`):this.onNotice(`Your captains were saved by an older version of the game; they are brought up to date for this visit, but no backup of the old save could be stored (${e.problem}), so it is left as it was and nothing will be saved over it. Export the old save to keep a copy; the game tries again when it next starts.`,{name:`shutdown-captains-old-save.json`,text:t})}))}track(e){this.pending.add(e),e.finally(()=>this.pending.delete(e))}quarantine(e,t){let n=this.lastRaw.get(e);this.lastRaw.delete(e);let r=`Your saved captains could not be loaded: ${t}.`;if(n===void 0||!this.storage)return this.onNotice(`${r} The game starts fresh.`),null;let i={name:`shutdown-captains-old-save.json`,text:n},a=this.slot(e).setAside(n,`the old save could not be backed up, so it is left untouched and nothing is saved over it`).then(({backup:e,writeProblem:t})=>{e.ok?this.onNotice(`${r} The game starts fresh; the old save is kept as “${e.name}” in ${e.place}.`,i):this.onNotice(`${r} No backup of it could be stored (${e.problem}), so it is left untouched and nothing will be saved over it: new captains cannot be saved during this visit. Export the old save to keep a copy; the game tries the backup again when it next starts.`,i),t&&this.onNotice(`Your latest progress could not be saved: ${t}.`,`active-captain`)});return this.track(a),null}};function Ru(e,t={}){let{run:n,...r}=e;return`${JSON.stringify({format:lu,version:2,captain:{...r,run:null},replays:t},null,2)}\n`}function zu(e,t={}){let n=Ru(e,t),r=Bu(n);return r.ok?{ok:!0,file:{name:`shutdown-captain-${e.name.replace(/[^A-Za-z0-9_-]+/g,`-`).replace(/^-|-$/g,``)||`captain`}.json`,text:n}}:{ok:!1,problem:r.message}}function Bu(e){let t=e.length>_.captainFileBytes?e.length:ce(e);if(t>_.captainFileBytes)return{ok:!1,message:`The file is too large to be a captain: ${v(t)}, over the game’s limit of ${v(_.captainFileBytes)} for a captain file. Nothing was imported.`};let n;try{n=JSON.parse(e)}catch(e){return{ok:!1,message:`The file is not valid JSON (${e.message}).`}}if(typeof n!=`object`||!n||n.format!==`shutdown-captain`)return{ok:!1,message:`This is not a Shutdown captain file ($.format is missing or wrong).`};let r=n.version;if(r!==1&&r!==2)return{ok:!1,message:typeof r==`number`&&r>2?`The file was made by a newer version of the game ($.version is ${r}).`:`The file has an unknown version ($.version is ${JSON.stringify(r)}).`};let i=n.captain,a=r===1?_u.safeParse(i):wu.safeParse(i);if(!a.success)return{ok:!1,message:`The captain in the file is invalid at ${ku(a.error).replace(`$`,`$.captain`)}.`};let o=r===1?{}:n.replays;if(typeof o!=`object`||!o||Array.isArray(o))return{ok:!1,message:`The file’s $.replays is not a set of replays by id.`};let s=a.data;return{ok:!0,captain:{...s,speedrun:s.speedrun??{},run:null},replays:o}}function Vu(e,t){return e.find(e=>e.minLevel<=t&&t<=e.maxLevel)}function Hu(e){let t=Math.round(e*1e3/60),n=Math.floor(t/6e4),r=Math.floor(t%6e4/1e3),i=t%1e3;return`${String(n).padStart(2,`0`)}:${String(r).padStart(2,`0`)}.${String(i).padStart(3,`0`)}`}var Uu=`Mission Replay: reduced rewards`,Wu=`First completion: full rewards`;function Gu(e){return e===`replay`?Uu:Wu}function Ku(e,t,n,r,i,a,o){let s=e=>({id:e.id,name:e.name,level:e.level,rank:Sn(e.level)}),c=k(t.missions,r.id),l=Nn(t,r.id),u=Vu(l?r.rewards.replay:r.rewards.firstCompletion,t.level),d=i.status===`active`||i.status===`failed`,f=d?`in-progress`:c?`completed`:Mn(t,r)?`available`:`locked`;return{captains:e.captains.map(s),active:{...s(t),accoladeScore:Fn(t,r.accolades),accolades:Pn(t,r.accolades),sp:t.sp,exp:t.exp,items:t.items.map(e=>({mark:e.mark,kind:e.kind,missionTitle:e.missionId===r.id?r.title:e.missionId})),checkpoint:n||!t.run?null:{stepTitle:t.run.stepTitle,savedAt:t.run.savedAt},guest:n},journal:[{id:r.id,title:r.title,state:f,summary:r.briefing.summary,historical:r.historical?`${r.historical.note} (removed ${r.historical.removedOn}).`:``,prerequisites:r.prerequisites.map(e=>({title:e.title,done:t.prerequisitesDone.includes(e.id)})),levelRange:`${r.levelRange.min}–${r.levelRange.max}`,completions:c?.completions??0,bestIgt:c?Hu(c.bestIgtTicks):null,currentStep:d?i.stepTitle:null,nextReward:u?{reason:Gu(l?`replay`:`first-completion`),sp:u.sp,exp:u.exp,mark:u.mark}:null}],notices:a,importError:o}}var qu=class{o;profile;saveStorage;notices;importError=null;guest;game=null;constructor(e){this.o=e,this.notices=e.initialNotices.map(e=>({text:e,offer:null})),this.guest=jn(`guest`,`Guest`,e.script.levelRange.min,new Date().toISOString()),this.saveStorage=new Lu(e.storage,(e,t)=>this.notice(e,t),e.backups),this.profile=zn({name:cu,version:3,storage:this.saveStorage,commit:e=>this.saveStorage.commit(cu,{state:e,version:3}),migrate:Nu,onRehydrateError:e=>this.saveStorage.quarantineLast(cu,e instanceof Error?e.message:String(e)),newId:()=>`c${Date.now().toString(36)}${Math.floor(Math.random()*1e9).toString(36)}`.slice(0,24),now:()=>new Date().toISOString()}),this.profile.subscribe(()=>this.publish());let{host:t,newSession:n,onNewRun:r}=e;t&&n&&r?this.attach({host:t,newSession:n,onNewRun:r}):this.publish()}attach(e){this.game=e,e.host.onCheckpoint=(e,t)=>this.checkpoint(e,t),this.configureRun(),this.publish()}get captain(){return Rn(this.profile.getState())??this.guest}get practising(){return(this.game?.practising??this.o.practising)?.()??!1}get isGuest(){return Rn(this.profile.getState())===null}notice(e,t=null){this.notices.some(t=>t.text===e)||(this.notices=[...this.notices,{text:e,offer:t}],this.publish())}noticeFile(e){let t=this.notices[e]?.offer??null;return t===`active-captain`?this.exportFile():t}exportLabel(e){return e===null?null:e===`active-captain`?this.isGuest?null:`Export this captain`:`Download a copy`}publish(){if(!this.profile)return;let e=this.game?.host.session.mission,t=e?this.o.script.steps[e.step]:void 0;this.o.store.setState({profile:Ku(this.profile.getState(),this.captain,this.isGuest,this.o.script,{status:e?.status??`offered`,stepTitle:t?.title??null},this.notices.map(e=>({text:e.text,exportLabel:this.exportLabel(e.offer)})),this.importError)})}configureRun(e=this.game?.host.session){if(!e)return;let t=this.captain;e.configureRun({captainLevel:t.level,missionReplay:Nn(t,this.o.script.id)})}create(e,t){let n=kn(e,t);if(n)return n;let r=this.profile.getState().create(e,t);return r.ok?(this.configureRun(),null):r.problem}select(e){this.profile.getState().select(e),this.configureRun()}setLevel(e){this.isGuest||(this.profile.getState().setLevel(this.captain.id,e),this.configureRun())}dismissNotice(e){this.notices=this.notices.filter((t,n)=>n!==e),this.publish()}onEffects(e){if(this.practising)return[];let t=e.find(e=>e.type===`grantReward`),n=this.game?.host.session;if(!n)return[];let r={};if(this.o.script.tallies.forEach((e,t)=>{let i=n.mission.tallies[t]?.counts??[];r[e.id]=i.reduce((e,t)=>e+t,0)}),t?.type!==`grantReward`){if(n.mission.status!==`active`)return[];let{captain:e,earned:t}=Ln(this.captain,r,this.o.script.accolades,new Date().toISOString());return t.length===0?[]:(this.isGuest?this.guest=e:this.profile.getState().put(e),this.publish(),t)}let{captain:i,earned:a}=In(this.captain,{missionId:this.o.script.id,igtTicks:n.igtTicks(),tallies:r,reward:{kind:t.kind,sp:t.sp,exp:t.exp,mark:t.mark}},this.o.script.accolades,new Date().toISOString());return this.isGuest?this.guest=i:this.profile.getState().put(i),this.publish(),a}checkpoint(e,t){if(this.isGuest||this.practising)return;let n=this.o.script.steps.find(e=>e.id===t);this.profile.getState().setCheckpoint(this.captain.id,{missionId:this.o.script.id,stepId:t,stepTitle:n?.title??t,savedAt:new Date().toISOString(),snapshot:e.snapshot()})}replay(){if(!this.game)return;let e=this.game.newSession();this.configureRun(e),e.queue({type:`accept`}),this.game.onNewRun(e),this.publish()}resume(){let e=this.captain.run,t=this.game;if(!e||this.isGuest||!t)return!1;let n=(()=>{try{let n=t.newSession(),r=n.restore(e.snapshot);if(!r.ok){let e=r.problems.length-3;return`${r.problems.slice(0,3).join(`; `)}${e>0?` (and ${e} more)`:``}`}return n.step(),null}catch(e){return`it could not be played (${e.message})`}})();if(n)return this.profile.getState().setCheckpoint(this.captain.id,null),this.notice(`The saved checkpoint could not be resumed: ${n}. It has been discarded.`),!1;let r=t.newSession();return r.restore(e.snapshot),t.onNewRun(r),this.publish(),!0}exportFile(){if(this.isGuest)return null;let e=zu(this.captain);return e.ok?e.file:(this.notice(`“${this.captain.name}” could not be exported: ${e.problem}`),null)}importText(e){let t=Bu(e);if(!t.ok)this.importError=t.message;else{let e=this.profile.getState().add(t.captain);this.importError=e.ok?null:e.problem,e.ok&&this.configureRun()}this.publish()}};function Ju(e){let t=new URLSearchParams(e),n=t.get(`seed`),r=n!==null&&/^\d{1,10}$/.test(n)&&Number(n)<=4294967295,i=Number(t.get(`speed`)??`1`);return{seed:r?Number(n):null,autopilot:t.get(`autopilot`)===`1`,speed:Number.isFinite(i)?Math.min(16,Math.max(1,Math.round(i))):1,renderer:t.get(`renderer`),hudTest:t.get(`hudtest`)===`1`}}var Yu=`accept.setPaused.closeRewards.hail.launch.declineOffer.resume.replay.openReplays.watchReplay.downloadReplay.deleteReplay.openReplayFile.setGhostEnabled.chooseGhost.viewerPlay.viewerSpeed.viewerSeek.viewerStep.viewerNextSplit.viewerCamera.closeViewer.watchLastRun.downloadLastRun.restartMission.abandonMission.quitToTitle.practiceStep`.split(`.`);function Xu(e){let{gameEl:t,uiEl:n,script:r}=e,i=Ju(window.location.search),a=(()=>{try{return window.localStorage}catch{return}})(),o=te(a),s=new he(a,o,(e,t)=>d.notice(e,t)),{settings:c,notices:l}=s.load(be),u=Se(),d=new qu({script:r,store:u,storage:a,initialNotices:l,backups:o}),f=!1,p=[],m=e=>{f?e():p.push(e)},ee=Object.fromEntries(Yu.map(e=>[e,(...t)=>m(()=>u.getState().actions[e](...t))])),ne={...e,params:i,store:u,captains:d,settingsSave:s,hudLayout:new ke(n),onSettings:null,gameReady(){f=!0;for(let e of p.splice(0))e()},failed(e){console.error(e),u.setState({phase:`error`,errors:[e]})}};return u.setState({phase:`title`,missionTitle:r.title,briefing:{summary:r.briefing.summary,body:[...r.briefing.body],offer:r.offer.text,historical:r.historical?`${r.historical.note} (removed ${r.historical.removedOn}).`:``},settings:c,replays:{...u.getState().replays,ghostEnabled:c.ghosts},errors:[],actions:{...u.getState().actions,...ee,updateSettings:e=>{let t={...u.getState().settings,...e};u.setState({settings:t}),ne.onSettings?.(t),s.save(t)},createCaptain:(e,t)=>d.create(e,t),selectCaptain:e=>d.select(e),setCaptainLevel:e=>d.setLevel(e),exportCaptain:()=>Zu(d.exportFile()),importCaptain:e=>d.importText(e),dismissNotice:e=>d.dismissNotice(e),exportNotice:e=>Zu(d.noticeFile(e))}}),d.publish(),ci(n,u,ne.hudLayout),window.shutdown={state:()=>({scene:t.dataset.scene??`none`,tick:0})},ne}function Zu(e){e&&Qu(e.name,new Blob([e.text],{type:`application/json`}))}function Qu(e,t){let n=URL.createObjectURL(t),r=document.createElement(`a`);r.href=n,r.download=e,r.click(),setTimeout(()=>URL.revokeObjectURL(n),1e3)}var $u=`modulepreload`,ed=function(e){return`/`+e},td={},nd=function(e){return e.pathname.endsWith(`.css`)},rd=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},id=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=ed(t,n);let r=s(t),i=nd(r);return rd(td,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:$u,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})},ad=document.getElementById(`game`),od=document.getElementById(`ui`);if(!ad||!od)document.body.textContent=`This page is missing its #game or #ui element.`;else{let n=Xu({gameEl:ad,uiEl:od,script:e,geometry:t}),r=()=>id(()=>import(`./gameApp-CE9ZGiom.js`).then(e=>e.startGameApp(n),e=>n.failed(`The game could not be loaded: ${e.message}`)),__vite__mapDeps([0,1,2])),i=()=>`requestIdleCallback`in window?requestIdleCallback(r,{timeout:300}):r();requestAnimationFrame(()=>setTimeout(i,0))}export{xl as $,N as $n,rs as $t,vl as A,Ci as An,ac as At,sl as B,Ji as Bn,ec as Bt,Xc as C,Wa as Cn,ns as Ct,al as D,va as Dn,bs as Dt,ol as E,ka as En,xs as Et,_l as F,hi as Fn,Ws as Ft,Cl as G,Yi as Gn,fc as Gt,Ml as H,L as Hn,Dc as Ht,gl as I,sa as In,Cc as It,Ol as J,Xi as Jn,hc as Jt,Pc as K,Hi as Kn,ts as Kt,Uc as L,ma as Ln,yc as Lt,fl as M,ga as Mn,ys as Mt,pl as N,ca as Nn,mc as Nt,nl as O,Vi as On,Cs as Ot,K as P,Gi as Pn,ms as Pt,ul as Q,j as Qn,fs as Qt,dl as R,aa as Rn,Bs as Rt,Yc as S,Ha as Sn,vc as St,rl as T,Oa as Tn,Ds as Tt,yl as U,Wi as Un,Sc as Ut,Tl as V,F as Vn,_c as Vt,Al as W,V as Wn,kc as Wt,Dl as X,Fi as Xn,W as Xt,kl as Y,qi as Yn,cc as Yt,Kc as Z,mi as Zn,_s as Zt,ml as _,Qa as _n,ic as _t,jl as a,es as an,o as ar,qc as at,Sl as b,Fa as bn,ps as bt,ll as c,Oo as cn,Is as ct,Wc as d,Ja as dn,As as dt,nc as en,M as er,Vc as et,Gc as f,Ga as fn,hs as ft,wl as g,Xa as gn,bc as gt,Hc as h,Na as hn,jc as ht,Vu as i,Ps as in,c as ir,Bc as it,bl as j,I as jn,zs as jt,Jc as k,Bi as kn,Ss as kt,Zc as l,ko as ln,Hs as lt,Fc as m,ja as mn,Ec as mt,Gu as n,vs as nn,Sn as nr,Rc as nt,$c as o,_o as on,u as or,Js as ot,tl as p,qa as pn,gs as pt,Nl as q,wi as qn,G as qt,Hu as r,Ms as rn,r as rr,zc as rt,el as s,vo as sn,s as sr,Ns as st,Qu as t,Us as tn,k as tr,Lc as tt,Qc as u,Ka as un,Os as ut,hl as v,Ya as vn,Ls as vt,il as w,Ta as wn,ws as wt,cl as x,Ra as xn,pc as xt,Ic as y,Za as yn,is as yt,El as z,_i as zn,Vs as zt};