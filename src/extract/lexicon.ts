/** Word lists the rules use: event triggers, stances, titles, groups, numbers, demonyms, directions. */
import type { CasualtyGroup, Stance, SubEventType } from '../domain/taxonomy.js';

/** Event triggers in priority order: where two overlap, the first types the event. */
export const EVENT_TRIGGERS: { type: SubEventType; pattern: RegExp }[] = [
  // A rescue of hostages ("freed three of the captives", "rescued the kidnapped farmers"): ACLED's Other.
  { type: 'OTHER', pattern: /\b(?:freed|rescued|liberated)\s+(?:(?:\w+\s+)?(?:of\s+)?(?:the\s+)?(?:remaining\s+|other\s+)?)?(?:[\w-]+\s+)?(?:hostages|captives|abductees|kidnapped|kidnap victims|hunters|shepherds|herders)\b/i },
  { type: 'SUICIDE_BOMB', pattern: /\bsuicide (?:bomb(?:er|ing)?s?|attack(?:er)?s?|car bombs?|vests?|belts?)|\bblew (?:himself|herself|themselves) up|\b(?:wearing|wore|strapped on|detonated|set off) (?:an? |his |her |their )?explosives? (?:belt|vest)s?|\bdetonated (?:his|her|their) (?:explosive )?(?:vest|belt)s?/i },
  {
    type: 'DISRUPTED_WEAPONS_USE',
    pattern: /\b(?:foil(?:ed|s|ing)?|thwart(?:ed|s|ing)?|prevent(?:ed|s)?|averted|defus(?:ed|ing)|dismantl(?:ed|ing)|disarm(?:ed|ing)|defused)\s+(?:(?:an?|the|two|three|several|\d+)\s+)?(?:\w+\s+){0,3}?(?:attacks?|attempts?|plots?|bombings?|IEDs?|explosive devices?|bombs?|car bombs?|infiltration|rocket attack)\b|\b(?:seized|found|uncovered|discovered|confiscated)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:\w+\s+){0,2}?(?:weapons?|arms|ammunition|explosives?|rockets?)\s+(?:caches?|depots?|stores?|dumps?)|\b(?:found|uncovered|discovered|seized)(?: and (?:destroyed|blew up|detonated))?\b[^.;]{0,60}?\b(?:an?|the|two|three|several|\d+)\s+(?:\w+\s+)?(?:caches?|depots?|arms dumps?|stockpiles?)\b|\b(?:seized|confiscated|intercepted|impounded|stopped)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:trucks?|lorr(?:y|ies)|vehicles?|cars?|shipments?|consignments?|boats?)\s+(?:loaded with|carrying|full of|packed with|laden with|transporting)\s+(?:[\w-]+\s+){0,2}?(?:weapons?|arms|ammunition|explosives?|rockets?|mortar|missiles?|drones?)|\b(?:found|uncovered|discovered|seized)\b[^.;]{0,80}?\b(?:tunnels?|hideouts?|caves?|bunkers?|warehouses?|storehouses?|hiding places?|holes?|rooms?)\b[^.;,]{0,50}?\s(?:holding|containing|filled with|stocked with|packed with|full of)\s+(?:\w+\s+){0,2}?(?:weapons?|arms|ammunition|explosives?|explosive devices|IEDs|bombs|rockets?|mortars?|suicide (?:belts|vests))|\b(?:drones?|missiles?|rockets?)\s+(?:were\s+|was\s+)?(?:shot down|intercepted|downed)\b|\b(?:shot down|intercepted|downed)\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,2}(?:drones?|missiles?|rockets?)\b/i,
  },
  {
    type: 'AIR_DRONE_STRIKE',
    pattern: /\b(?:air ?strikes?|air raids?|aerial (?:strikes?|bombardment|attacks?)|drone (?:strikes?|attacks?)|(?:armed |unmanned |combat |explosive-laden |suicide )?drones? (?:struck|hit|targeted|bombed|attacked|fired|killed|strikes?|slammed into|crashed into|smashed into|rammed|dropped (?:a |an |two |three )?(?:bombs?|grenades?|explosives?))|drones?,? (?:believed|thought|said|suspected|reported) to (?:be|have been) [\w-]+,? (?:struck|hit|targeted|bombed|attacked)|drones? (?:belonging to|operated by|owned by) (?:the )?(?:[\w'’-]+ ){0,2}[\w'’-]+[”"]? (?:had |has |have )?(?:struck|hit|targeted|bombed|attacked)|drones?(?:,? [\w'’-]+){1,5}?,? (?:had |has |have )?(?:struck|hit|targeted|bombed|attacked|slammed into)\b|warplanes?|fighter jets?|F-16s? (?:jets |fighters |warplanes |aircraft )?(?:struck|hit|bombed|targeted|pounded|carried out|conducted|destroyed|attacked|raided)|(?:Iraqi|Iraq's|the) F-16s?(?! fleet| program| programme| contract| maintenance| pilots?| squadron)|helicopter gunships?|(?:army |military )?aviation (?:struck|hit|targeted|bombed|carried out|destroyed)|air (?:operations?|campaign|raids?)(?! (?:Command|Cent(?:er|re)))|(?<=\b(?:US|U\.S\.|American|Turkish|Iranian|Israeli|coalition|Coalition)\s)(?:precision |retaliatory )?strikes?\b|(?<=\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s(?:(?:dawn|night|morning|evening|overnight|deadly|first|second|latest|air)\s)?)strikes?\b|(?:jets?|planes?) (?:struck|hit|bombed|targeted|pounded|attacked|raided)|helicopters? (?:struck|fired|bombed|targeted)|aircraft (?:struck|bombed|targeted)|(?:struck|hit|targeted|bombed) by (?:an? )?(?:\w+ ){0,2}(?:drones?|aircraft|warplanes?|jets?|helicopters?)|strikes? by (?:an? )?(?:\w+ ){0,2}(?:drones?|aircraft|warplanes?|jets?)|(?:attacks?|strikes?|raids?|bombings?) (?:carried out |launched |conducted )?by (?:an? |the )?(?:[\w-]+ ){0,2}(?:drones?|aircraft|warplanes?|jets?|helicopters?)|(?<=\b(?:the|this|that|a|second|first|latest) )strike (?:hit|struck|targeted))/i,
  },
  {
    type: 'REMOTE_EXPLOSIVE_LANDMINE_IED',
    pattern: /\b(?:roadside bombs?|improvised explosive devices?|IEDs?|explosive devices?|(?:land)?mines?\b(?! (?:of|and|workers?|ministry))|sticky bombs?|magnetic bombs?|car bombs?|booby[- ]trap(?:ped)?|bombs?(?! (?:squad|disposal|maker))\b|bombings?\b|bomb (?:went off|exploded|blast)|(?:bomb|device)s? (?:was |were )?detonated|(?:bomb|device)s? (?:went off|exploded)|blasts?\b|explosions?\b|exploded\b)/i,
  },
  {
    type: 'SHELLING_ARTILLERY_MISSILE_ATTACK',
    pattern: /\b(?:shell(?:ing|ed|s)\b|artillery|mortars?|rockets?(?!-propelled)|Katyushas?|missiles?|bombard(?:ed|ment)|barrages?\b)/i,
  },
  { type: 'GRENADE', pattern: /\b(?:threw|thrown|hurled|lobbed|tossed)\s+(?:an?\s+|two\s+)?(?:hand\s+)?grenades?|\bgrenade (?:attack|explosion|blast|exploded|went off)|\b(?<!propelled )(?:hand )?grenade\b(?=[^.]*\b(?:exploded|went off|thrown|hurled|lobbed)\b)/i },
  { type: 'ABDUCTION_FORCED_DISAPPEARANCE', pattern: /\b(?:abduct(?:ed|ion|s|ing)?|kidnap(?:ped|ping|pings|s)?|took (?:\w+ ){0,3}hostage|forcibly disappeared|(?:led|taken|driven|dragged|marched) away by (?:an? )?(?:group of )?(?:armed|masked|unknown|unidentified|gunmen|militants|men)\b|forced (?:them|him|her|the (?:men|hunters|shepherds|herders|workers|farmers|villagers|passengers)) (?:at gunpoint )?into (?:the back of )?(?:the |their |a |two |three )?(?:back|cars?|vehicles?|trucks?|pick-?ups?|pick-?up trucks?|vans?)\b|were seized by|seized (?:\w+ )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ )?(?:herders|shepherds|men|civilians|farmers|hunters|workers|villagers|fishermen|drivers)\b|(?<!\b(?:wounded|injured|bodies|dead|casualties|victims)\s)(?:were|was|had been) (?:taken|snatched)(?= (?:on|late|early|at|near|while|overnight|last|yesterday|hostage|captive)\b)|(?<!\b(?:weapons?|arms|ammunition|explosives?|rockets?|mortars?|drugs|cars?|vehicles?|trucks?|goods|items|documents|money|cash|shipments?|caches?|devices?)\s(?:[\w-]+\s){0,2})(?:were|was|had been|have been) seized(?= (?:on|in|at|near|with|from|while|by|late|early|last|yesterday|overnight)\b))\b/i },
  {
    type: 'VIOLENT_DEMONSTRATION',
    pattern: /\b(?:protesters|demonstrators|supporters|crowds?|rioters|mobs?|hundreds|thousands)\b[^.]{0,80}?\b(?:stormed|torched|set fire|set ablaze|burned|ransacked|broke into|threw stones|pelted|smashed)\b|\b(?:riots?|rioting|rioters)\b(?![- ](?:police|control|gear|squads?|units?|forces))/i,
  },
  {
    type: 'PROTEST_WITH_INTERVENTION',
    pattern: /\b(?:protest\w*|demonstrat\w*|rall(?:y|ied)|sit-in)\b.*\b(?:tear gas|dispersed|live (?:ammunition|fire|rounds)|rubber bullets|water cannon|batons|fired (?:into the air|on|at))|(?:tear gas|water cannon|rubber bullets|live ammunition|batons)\b.*\b(?:protest\w*|demonstrat\w*|graduates|crowds?)|\b(?:to|in order to) (?:break up|disperse) (?:an? |the )?(?:\w+ )?(?:protest|demonstration|rally|sit-in|gathering)|(?:tear gas|water cannon|rubber bullets|batons)\b[^.;]{0,60}?\b(?:to|in order to) (?:scatter|disperse|break up)\b/i,
  },
  { type: 'PEACEFUL_PROTEST', pattern: /\b(?:protest(?:ers|ed|s|ing)?|demonstrat(?:ors|ion|ions|ed)|sit-ins?|march(?:ed)? (?:peacefully )?(?:through|to|in|along|from|across|towards?)|blocked (?:the |a )?(?:main )?(?:road|highway|street)|took to the streets|rall(?:ied|y) (?:in|outside|at|to)|gathered (?:outside|in front of) (?:the )?[\w ]{0,30}?(?:building|headquarters|office|embassy|consulate|ministry|council)|gathered to (?:protest|denounce|condemn|demand|call))\b/i },
  { type: 'ARRESTS', pattern: /\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend(?:ed|ing)?|captured (?:\w+ ){0,3}(?:suspects?|members?|militants?|terrorists?|leaders?|emirs?|officials?)|rounded up|in custody)\b/i },
  {
    type: 'CHANGE_TO_GROUP_ACTIVITY',
    pattern: /\b(?:(?:security|military|clearing|clearance|search|joint|combing|cleansing|sweep|counter-terrorism|counterterrorism|intelligence-led) (?:operations?|campaigns?|sweeps?)(?! (?:Command|Cent(?:er|re)|Room|Cell))|sweep(?:s|ing)? (?:of|through)|(?:launched|began|started|begun|initiated) (?:an? |various |several )?(?:\w+ ){0,2}operations?|combing (?:operation|the)|raid(?:ed|s)? (?:on )?(?:\w+ ){0,3}(?:hideouts?|dens?|positions?|tunnels?|caves?)|destroyed (?:\w+ ){0,3}(?:hideouts?|dens?|tunnels?|caves?))\b/i,
  },
  {
    type: 'ARMED_CLASH',
    pattern: /\b(?:(?:clan|tribal|communal) (?:clash(?:es)?|fighting|dispute|feud|conflict|violence)|(?:struck|hit) (?:the |an? )?(?:[\w-]+ )?(?:Peshmerga|soldiers|troops|army|police|forces|positions?|posts?|checkpoints?|patrols?|convoys?)\b|attack(?:ed|s|ing)?|ambush(?:ed|es)?|clash(?:ed|es)?|gun ?battles?|gunfight|firefight|exchange of fire|exchanged fire|opened fire|fired (?:on|at|upon) (?=(?:an?|the|two|three|several|\d+) )|came under (?:fire|attack)|gunmen|stormed|assault(?:ed)?|fighting broke out|(?:fighting|clashes|a gunfight|a firefight)(?:, (?:which|that) [^,.;]{3,100},)? (?:[\w-]+ ){0,6}?(?:broke out|erupted)|repel(?:led|s)?|infiltrat(?:ed|ion)|shot dead|gunned down|(?:was|were) shot(?! down)|(?<=\b(?:ISIS|IS|ISIL|Daesh|militant|militants['’]?|insurgent|jihadist|terrorist)\s)raids?\b(?= (?:(?:late|early) (?:on |in )?(?:[\w-]+ )?)?(?:on|against|in)\b)|assassinat(?:ed|ion)|executed (?=(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|\d+) (?!operations?\b|orders?\b|plans?\b))|killed|found dead|found (?:shot|murdered|killed|slain))\b/i,
  },
  {
    // Arson and destruction of property: crop fires, torched houses, looting. Last: told with an attack, the attack is the event.
    type: 'LOOTING_PROPERTY_DESTRUCTION',
    pattern: /\b(?:set fire to|set (?:\w+ ){0,6}(?:on fire|ablaze|alight)|torched|(?:flames?|fires?|blazes?) (?:had |have |has )?(?:spread|swept|raged|ripped|tore) (?:\w+ ){0,3}(?:across|through|over) (?:\w+ ){0,3}(?:fields|farmland|farms|crops|orchards|wheat|barley)|(?:burn(?:ed|t)|burning|destroyed|destroying) (?:down )?(?:[\w-]+ ){0,5}(?:crops?|fields?|farms?|farmland|orchards?|wheat|barley|harvest|dunams|straw|hay|bales|grain|houses?|homes?|shops?|tents?)|(?:crops?|fields?|farmland|wheat|barley|harvest|houses?|homes?|shops?)(?: \w+){0,3} (?:were|was|had been) (?:set on fire|set ablaze|torched|burned|burnt)|crop fires?|fires? (?:\w+ ){0,2}(?:in|on|at|across) (?:\w+ ){0,2}(?:fields|farmland|farms|crops)|fires? (?:that|which) (?:[\w-]+ ){1,3}(?:had )?(?:set|started|lit)|arson|looted|looting|ransacked|plundered)\b/i,
  },
];

/** Words that make an event sentence a reaction or a generality rather than a report. */
export const REACTION_CONTEXT = /\b(?:condemn\w*|denounc\w*|condolence\w*|deplor\w*|solidarity)\b/i;
/** Habitual or long-running activity: background, not an incident. */
export const BACKGROUND_CONTEXT = /\b(?:anniversary of|since (?:late |early |mid-|the end of |the start of )?(?:19|20)\d{2}|since the (?:start|beginning) of the (?:year|month)|for (?:years|decades|months)|ha(?:ve|s) long|over the past (?:years|months|decade)|in the past|in recent (?:years|months)|(?:years?|decades?) (?:later|after|earlier|before|ago)|(?:still|continue[sd]? to|routinely|regularly|frequently|often|usually) (?:carry out|carries out|launch|stage|conduct|mount|attack|target|ambush|raid|plant)|dozens of (?:similar )?(?:raids|attacks|operations)|every (?:year|month|week)|(?:routinely|regularly|frequently|often|usually|sometimes) (?:erupt|escalate|turn|flare|break out|lead|end)\w*)\b/i;
/** A fight between clans, tribes or families ("a gunfight between two clans", "a tribal clash"): communal violence. */
export const COMMUNAL = /\b(?:between|among)\s+(?:the\s+)?(?:two\s+|rival\s+|armed\s+)*(?:clans|tribes|families)\b|\b(?:two|rival|feuding)\s+(?:rival\s+|feuding\s+)?(?:clans|tribes|families)\s+(?:exchanged|clashed|fought|opened)\b|\b(?:clan|tribal|family|communal)\s+(?:fight|gunfight|clash(?:es)?|feud|dispute|conflict|violence|fighting)\b/i;
export const GENERIC_CONTEXT = /\b(?:attacks throughout|series of attacks|wave of attacks|recent attacks|regular attacks|frequent(?:ly)? attacks?|carrying (?:out )?regular attacks|attacks against)\b/i;

export const STANCE_CUES: { stance: Stance; pattern: RegExp }[] = [
  { stance: 'CLAIM_OF_RESPONSIBILITY', pattern: /\bclaim(?:ed|s|ing)? (?:the )?(?:responsibility|responsible)|\btook responsibility|\bclaim(?:ed|s)? (?:the|that|it carried out)\b.*\b(?:attack|strike|bombing|operation)|\bdefend(?:ed|s|ing)? the (?:strike|attack|operation|shelling|bombardment)|\b(?:forces|troops|aircraft|military|jets|drones)\s+had\s+(?:conducted|carried out|launched)\s+the\s+(?:strike|attack|operation|raid)|\b(?:its|their|our) (?:\w+ ){0,2}(?:had |have |has )?["“]?(?:targeted|struck|hit|fired|launched|destroyed|attacked|bombed|shelled|carried out|neutrali[sz]ed|detonated|planted|ambushed|blew up)\b|\b(?:it|they) had (?:targeted|struck|hit|fired|launched|destroyed|attacked|bombed|shelled|carried out|used (?:[\w-]+\s+){0,3}(?:missiles|drones|rockets|artillery|aircraft|jets) to)\b|\bhad acted against\b|\bhad been (?:\W?)(?:neutrali[sz]ed|eliminated)|\b(?:said|says|announced|stated|claimed)\s+(?:(?:on|in|via|through)\s+(?:[\w'’-]+\s+){1,3}?)?(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:hit|struck|targeted|shelled|bombed|attacked|destroyed|pounded|carried out|detonated)\b|\b(?:was|were|has been|have been|had been) claimed by\b|\b(?:carried out|conducted|executed|launched)\s+by\s+our\b/i },
  { stance: 'DENIAL', pattern: /\b(?:denied|denies|denying)\b(?! (?:the (?:militants|attackers|terrorists|group)|them|him|her|access|entry|any opening))|\b(?:reject(?:ed|s|ing)? (?:any |the |all )?(?:[\w-]+['’]s |[\w-]+s['’] |[\w-]+ )?(?:involvement|responsibility|accusations?|claims?|allegations?|reports?|charges?|account|version|narrative)|dismiss(?:ed|es|ing)? (?:the |any |all )?(?:[\w-]+['’]s |[\w-]+ )?(?:accusations?|claims?|reports?|allegations?|charges?|account|version|narrative|statements?|assertions?))\b|\b(?:baseless|unfounded|groundless|fabricated)\b|\b(?:had|has|have) no information that would confirm\b|\b(?:it|they|we) (?:(?:had|has|have) (?:nothing|no connection|no link) (?:to do )?with|(?:was|were|is|are) not (?:involved in|behind|responsible for)|played no (?:role|part) in) (?:the|this|that|these|any|such) (?:[\w-]+ ){0,2}?(?:attacks?|strikes?|bombings?|blasts?|shelling|killings?|incident|operation|abduction|kidnapping)\b|\b(?:it|they|we) played no (?:role|part)\b/i },
  // "Baghdad rejects any attack on Iraqi territory": rejecting the act itself (not an account of it) condemns it.
  { stance: 'CONDEMNATION', pattern: /\breject(?:s|ed|ing)? (?:any|all|the|this|these|such) (?:[\w-]+ ){0,2}?(?:attacks?|aggressions?|strikes?|shelling|bombardments?|assaults?|incursions?)\b|\b(?:condemn(?:ed|s|ing|ations?)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|decr(?:ied|ies)|slammed|strongly criticized|criminal act|cowardly|heinous|terrorist crime|despicable|outrageous|appalled|outraged|horrified)\b|\b(?:called|described|termed|branded|describing|calling|denounced|considered|considering)\s+(?:the|it|this|these|such)\s+(?:[\w-]+\s+){0,2}(?:as\s+)?["“]?(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:crime|violation|outrage|aggression|act of terror(?:ism)?|terrorist act|assassination|terrorism|barbari(?:c|sm))\b|\b(?:was|is|were|are|constitutes?|constituted|amounts? to|amounted to)\s+["“]?(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:aggression|crime|flagrant violation|blatant violation|violation of (?:\w+\s+){0,2}sovereignty|act of terror(?:ism)?|terrorist act)\b|\b(?:no justification|unjustifi(?:ed|able)|reckless|flagrant violation|blatant violation|escalation that)\b|\bviolat(?:ion of|es|ed|ing) (?:the country['’]s |iraq['’]s |iraqi |its |their )?sovereignty|\b(?:letter|note|memorandum) of protest\b|\bprotest note\b|\b(?:totally |completely |absolutely )?unacceptable\b|\bcondemnable\b|\bdesperate attempts? to (?:destabili[sz]e|undermine|sow|spread|disturb|harm)\b/i },
  // "Our thoughts are with the families of the fallen": condolence, not solidarity.
  { stance: 'CONDOLENCE', pattern: /\b(?:condolences?|mourn(?:s|ed|ing)?|sympath(?:y|ies|ize|ised|ized)|sorrow|grief|saddened|heartbroken|offered (?:its|his|her|their) prayers|wished (?:a )?(?:speedy|swift|quick) recovery)\b|\bthoughts (?:and prayers )?(?:are|were|go|went) (?:out )?(?:with|to) the (?:families|relatives|loved ones|victims|bereaved|wounded|injured)\b/i },
  { stance: 'SOLIDARITY', pattern: /\bsolidarity\b|\b(?:stand(?:s|ing)?|stood) (?:by|with)\b(?![^.;]{0,120}\b(?:as they (?:investigate|work|prepare|fight|confront|pursue|protect|defend)|in (?:the|their|its|his|her|our) (?:fight|battle|war|efforts?|struggle|campaign)\b))|\bthoughts (?:and prayers )?(?:are|were|go|went) (?:out )?(?:with|to)\b(?! the (?:families|relatives|loved ones|victims|bereaved|wounded|injured)\b)/i },
  // "We stand with the Government of Iraq as they investigate", "stands by the Peshmerga in the fight against ISIS": support of a side in what it does.
  { stance: 'SUPPORT', pattern: /\b(?:support(?:ing|s|ed)?\b(?! of the attack)|backing|commitment to (?:supporting|helping)|praised|praises|commended|commends|thanked|thanks|hailed|hails|lauded|applauded|salut(?:ed|es))|\b(?:stand(?:s|ing)?|stood) (?:by|with)\b(?=[^.;]{0,120}\b(?:as they (?:investigate|work|prepare|fight|confront|pursue|protect|defend)|in (?:the|their|its|his|her|our) (?:fight|battle|war|efforts?|struggle|campaign)\b))/i },
  { stance: 'CONCERN', pattern: /\b(?:concern(?:ed|s)?|worr(?:ied|y)|alarm(?:ed)?|troubled|dismay|terrified|frightened|scared|(?:no longer|do not|dare not) dare|(?:is|was|are|were) dangerous)\b|\bwarn(?:ed|s)? (?:\w+ )?(?:of|about) (?:the )?(?:danger|threat|risk)|(?<!\bhave (?:repeatedly |long |often |frequently |also )?)\bwarn(?:ed|s|ing) (?:that|against)\b(?![^.;]{0,80}\b(?:would|will) (?:continue|go on|not stop)\b)|\bfear(?:ed|s)?\b|\bafraid\b|\b(?:security|situation)\s+(?:is|was|has been|had been|remains?|remained)\s+(?:deteriorating|critical|fragile|precarious|dire|alarming)\b|\bdeteriorat(?:ing|ion of) (?:the )?(?:security|situation)\b|\bdescribed the (?:security )?situation as (?:critical|dangerous|fragile|dire|alarming|precarious)\b/i },
  // "said, blaming the Turkish army", "attributing the attack to", "a drone belonging to the Turkish army": whose the attack was, in another's words.
  // ... and "accused the PKK of carrying out", "said ISIS was behind the attack", "held Turkey responsible for", "the fingerprints of Daesh".
  { stance: 'OTHER', pattern: /\b(?:attribut(?:ed|ing) (?:the (?:attack|strike|bombing|shelling)|it) to|blam(?:ed|es|ing) ["“]?(?:the )?(?:Turkish|Iranian|Turkey|Iran|PKK|ISIS|Daesh|[A-Z][\w'’-]+ (?:militants|gunmen|fighters|cells|remnants|forces|army|troops|drones?))\b|accus(?:ed|es|ing) (?:the )?(?:[\w'’-]+ ){1,4}?of (?:carrying out|being behind|launching|firing|opening fire|attacking|targeting|shelling|bombing|orchestrating|planning|the (?:attack|strike|bombing|shelling))\b|(?<=\b(?:said|says|stated|added|believed|suspected)\s(?:that\s)?(?:the\s)?[\w'’-]+(?:\s[\w'’-]+){0,3}\s)(?:was|were|had been) behind (?:the|this|these|that|[A-Z]\w+day['’]s) (?:[\w-]+ ){0,2}?(?:attacks?|bombings?|violence|strikes?|blasts?|explosions?|killings?|shelling|incident|assault|ambush)\b|\bheld (?:the )?(?:[\w'’-]+ ){1,4}?(?:fully |directly )?responsible for (?:the|this|these|that) (?:[\w-]+ ){0,2}?(?:attacks?|bombings?|violence|strikes?|blasts?|killings?|shelling|assault|crime)\b|(?:fingerprints|hallmarks) of\b|\b(?:was|were) the work of\b|(?<=\b(?:said|says|stated|added|believed|suspected)\s(?:that\s)?(?:the\s)?[\w'’-]+(?:\s[\w'’-]+){0,3}\s)(?:was|were|had been) (?:carried out|perpetrated|committed|planned) by\b|(?:belonging to|operated by) the (?:Turkish|Iranian) (?:army|military|armed forces)|["“]?(?:an? |the )?(?:Turkish|Iranian) army drone|drone of the (?:Turkish|Iranian) army)/i },
  // A side's own account of the dead: "announced the death of two of its fighters", "said all of the dead were civilians".
  { stance: 'OTHER', pattern: /\bannounced\b[^.;]{0,30}?\b(?:the (?:deaths?|killing|loss|martyrdom) of|that)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:fighters|members|commanders|cadres|combatants)\b|\b(?:said|says|stated|insisted)\s+(?:that\s+)?(?:all\s+(?:of\s+)?)?(?:the dead|those killed|the victims|the people killed|those who (?:were killed|died))\s+(?:had\s+been|were)\s+(?:all\s+)?(?:civilians|refugees|unarmed)\b/i },
  { stance: 'CALL_FOR_ACTION', pattern: /\b(?:stress(?:ed|es)?|underlin(?:ed|es)|emphasi[sz](?:ed|es)|highlight(?:ed|s)|show(?:ed|s)|affirm(?:ed|s)|reiterat(?:ed|es)|point(?:ed|s) to)\s+(?:again\s+|once again\s+)?the\s+(?:urgent\s+)?(?:need|necessity)\s+(?:for|of|to)\b|\b(?:call(?:ed|s|ing)? (?:once again |again |repeatedly |publicly |also )?(?:for|on|upon)|renew(?:ed|s)? (?:its|his|her|their) call|urg(?:e|ed|es|ing)|demand(?:ed|s|ing)?|appeal(?:ed|s)? (?:to|for)|asked (?:the )?(?!not\b)\w+ to|ask(?:ed|ing|s)? for|ask (?:our|the|their)|request(?:ed|ing|s)? (?:an?|the)|invit(?:ed|es) (?:the )?\w+ to)\b|\b(?:order(?:ed|s)|direct(?:ed|s)|instruct(?:ed|s)|tasked)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:to|investigation|inquiry)\b|\b(?:committee|investigation|inquiry)\s+(?:would|will|to)\s+(?:investigate|look into)|\bvow(?:ed|s)? to (?:hold|bring|punish|pursue|avenge)|\bwe need\b|\b(?:complain(?:ed|s)? to|(?:lodg|fil|submitt?)(?:e|ed|es|ing)? (?:a |an )?(?:formal |official |urgent )?complaint (?:with|to)|(?:take|took|taken|taking|bring|brought|refer|referred|raise|raised) (?:the )?(?:matter|issue|case|file|attacks?|incident|killings?|strikes?|shelling) to (?:the )?(?:UN |United Nations )?Security Council)\b|\b(?:must|should)\s+(?:be (?:protected|held (?:accountable|to account)|brought to justice|stopped|punished|prosecuted)|face justice|(?:stop|end|cease)\b)/i },
];

/** Verbs that attribute speech; a sentence needs one of these or a stance cue to carry a statement. */
export const SAY_VERBS = /\b(?:said|says|stated|added|noted|told|announced|declared|stressed|affirmed|warned|tweeted|wrote|posted|described|explained|pointed out|reiterated|insisted)\b/i;

/** Titles that introduce a person's name, longest first. */
export const TITLES = [
  'Deputy Prime Minister', 'Prime Minister', 'Deputy Governor', 'Governor', 'Deputy Minister', 'Minister of Foreign Affairs', 'Minister of Defense', 'Minister of Interior',
  'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Interior Minister', 'Peshmerga Minister', 'Minister', 'President', 'Vice President', 'Speaker', 'Mayor', 'District Mayor',
  'Sub-district Director', 'District Commissioner', 'Commissioner', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'spokesperson', 'spokesman', 'spokeswoman',
  'Commander', 'commander', 'Brigadier General', 'Brig. Gen.', 'Major General', 'Maj. Gen.', 'Lieutenant General', 'Lt. Gen.', 'General', 'Gen.', 'Colonel', 'Col.',
  'Lieutenant Colonel', 'Lt. Col.', 'Major', 'Captain', 'Brigadier', 'Staff Colonel', 'Sheikh', 'Sheik', 'Ambassador', 'ambassador', 'Envoy', 'envoy', 'Special Representative',
  'Head', 'head', 'Chairman', 'chairman', 'Chief', 'chief', 'Director', 'director', 'MP', 'lawmaker', 'Lawmaker', 'Representative', 'leader', 'Leader', 'Emir', 'King', 'Crown Prince',
  'Secretary of State', 'Secretary-General', 'Secretary General', 'official', 'Official', 'tribal leader', 'Tribal leader', 'mayor', 'governor',
  'Provincial Governor', 'Police Chief', 'Police Commander', 'Police Spokesperson', 'Police Spokesman', 'Foreign Ministry Spokesperson', 'Foreign Ministry Spokesman',
  'Subdistrict Director', 'subdistrict director', 'Sub-district Director', 'sub-district director', 'district mayor', 'Operations Commander', 'Minister of Peshmerga Affairs', 'High Representative', 'Secretary',
  'District Administrator', 'district administrator', 'Administrator', 'administrator', 'Qaimaqam', 'qaimaqam',
  'National Security Adviser', 'National Security Advisor', 'Security Adviser', 'Adviser', 'Advisor', 'adviser', 'advisor', 'Chief of Staff', 'counterpart',
];

/** Nouns for groups of people affected by violence, and what group they belong to. */
export const GROUP_NOUNS: { pattern: RegExp; group: CasualtyGroup; actorHint?: string }[] = [
  { pattern: /^(?:peshmerga|peshmargas?)(?: (?:fighters?|members?|soldiers?|troops|officers?|personnel))?$/, group: 'SECURITY_FORCES', actorHint: 'Peshmerga' },
  { pattern: /^(?:pmf|hashd|popular mobili[sz]ation)(?: \w+)?(?: (?:fighters?|members?|personnel))?$/, group: 'SECURITY_FORCES', actorHint: 'Popular Mobilization Forces' },
  { pattern: /^(?:army |iraqi army )?(?:soldiers?|troops|servicem[ae]n|officers?|conscripts?|comrades-in-arms)$/, group: 'SECURITY_FORCES' },
  { pattern: /^(?:(?:first |second |staff )?lieutenant |brigadier |major )?(?:colonels?|majors?|captains?|lieutenants?|sergeants?|commanders?|generals?)$/, group: 'SECURITY_FORCES' },
  { pattern: /^(?:federal |iraqi |local |traffic )?(?:police|army|security|military|border guards?|counter-terrorism|swat|emergency (?:response )?(?:division|regiment)?)(?: forces?| service| units?)? members?$/, group: 'SECURITY_FORCES' },
  { pattern: /^(?:federal )?(?:police ?m[ae]n|policem[ae]n|police officers?|police|border guards?|security (?:forces?|personnel|members?|guards?)|members of the security forces|guards?|fighters?|personnel)$/, group: 'SECURITY_FORCES' },
  { pattern: /^(?:civilians?|villagers?|lawyers?|judges?|clerics?|imams?|businessm[ae]n|candidates?|politicians?|bloggers?|passers?-by|passersby|contractors?|engineers?|journalists?|activists?|teachers?|doctors?|merchants?|traders?|employees?|boys?|girls?|shepherds?|farmers?|farmhands?|firefighters?|labou?rers?|fishermen|herdsmen|hunters?|people|persons|individuals|citizens|residents?|child|children|woman|women|men|passengers?|worshipp?ers|mourners|workers?|family members|relatives|brothers?|sons?|daughters?|fathers?|mothers?|husbands?|wives|cousins?|siblings|students?|truck drivers?|drivers?|herders?|locals?|protesters?|demonstrators?|bystanders?|pilgrims?|others?)$/, group: 'CIVILIANS' },
  { pattern: /^(?:militants?|insurgents?|terrorists?|jihadists?|attackers?|gunmen|tribesmen|clansmen|tribal fighters|assailants?|suspects?|members|fighters of isis|isis (?:militants?|members?|fighters?|suspects?|operatives?)|daesh (?:militants?|members?|terrorists?))$/, group: 'MILITANTS' },
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
  single: 1, both: 2, 'a dozen': 12, 'two dozen': 24, another: 1,
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
export const NUMBER = `(?:\\d{1,4}|a dozen|two dozen|(?:${TENS})[- ](?:${UNITS})\\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${TENS}|an?|single|both|another)`;

export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().trim();
  if (/^\d+$/.test(t)) return Number(t);
  // "twenty-six", "thirty one"
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(t);
  if (compound && NUMBER_WORDS[compound[1]!]! >= 20 && NUMBER_WORDS[compound[2]!]! < 10) return NUMBER_WORDS[compound[1]!]! + NUMBER_WORDS[compound[2]!]!;
  return NUMBER_WORDS[t] ?? null;
}

/** Adjectives and possessives that name a country, with the country's name. */
export const DEMONYMS: Record<string, string> = {
  iraqi: 'Iraq', iraq: 'Iraq', kurdish: 'Kurdistan Regional Government', kurdistan: 'Kurdistan Regional Government', krg: 'Kurdistan Regional Government',
  'kurdistan region': 'Kurdistan Regional Government', american: 'United States', us: 'United States', 'u s': 'United States', 'united states': 'United States',
  bahraini: 'Bahrain', bahrain: 'Bahrain', egyptian: 'Egypt', egypt: 'Egypt', qatari: 'Qatar', qatar: 'Qatar', jordanian: 'Jordan', jordan: 'Jordan',
  turkish: 'Turkey', turkey: 'Turkey', turkiye: 'Turkey', iranian: 'Iran', iran: 'Iran', syrian: 'Syria', syria: 'Syria', saudi: 'Saudi Arabia', 'saudi arabia': 'Saudi Arabia',
  kuwaiti: 'Kuwait', kuwait: 'Kuwait', emirati: 'United Arab Emirates', uae: 'United Arab Emirates', british: 'United Kingdom', uk: 'United Kingdom', 'united kingdom': 'United Kingdom',
  french: 'France', france: 'France', german: 'Germany', germany: 'Germany', federal: 'Iraq', baghdad: 'Iraq', erbil: 'Kurdistan Regional Government',
  yemeni: 'Yemen', yemen: 'Yemen', swedish: 'Sweden', sweden: 'Sweden', israeli: 'Israel', israel: 'Israel', lebanese: 'Lebanon', lebanon: 'Lebanon',
  dutch: 'Netherlands', netherlands: 'Netherlands', italian: 'Italy', italy: 'Italy', spanish: 'Spain', spain: 'Spain', russian: 'Russia', russia: 'Russia',
  chinese: 'China', china: 'China', japanese: 'Japan', japan: 'Japan', canadian: 'Canada', canada: 'Canada', australian: 'Australia', australia: 'Australia',
  indian: 'India', india: 'India', pakistani: 'Pakistan', pakistan: 'Pakistan', omani: 'Oman', oman: 'Oman', algerian: 'Algeria', algeria: 'Algeria',
  moroccan: 'Morocco', morocco: 'Morocco', tunisian: 'Tunisia', tunisia: 'Tunisia', libyan: 'Libya', libya: 'Libya', palestinian: 'Palestine', palestine: 'Palestine',
  greek: 'Greece', greece: 'Greece', belgian: 'Belgium', belgium: 'Belgium', danish: 'Denmark', denmark: 'Denmark', norwegian: 'Norway', norway: 'Norway',
  polish: 'Poland', poland: 'Poland', austrian: 'Austria', austria: 'Austria', swiss: 'Switzerland', switzerland: 'Switzerland',
  azerbaijani: 'Azerbaijan', azerbaijan: 'Azerbaijan', armenian: 'Armenia', armenia: 'Armenia', afghan: 'Afghanistan', afghanistan: 'Afghanistan',
  // Capitals that stand for their governments ("Ankara denied", "Tehran's envoy").
  ankara: 'Turkey', tehran: 'Iran', washington: 'United States', damascus: 'Syria', riyadh: 'Saudi Arabia', amman: 'Jordan', cairo: 'Egypt',
  doha: 'Qatar', 'abu dhabi': 'United Arab Emirates', moscow: 'Russia', beijing: 'China', paris: 'France', london: 'United Kingdom', berlin: 'Germany', beirut: 'Lebanon',
};

/** Countries whose government the text may name without the reference knowing it (created on first use). */
export const COUNTRIES = new Set(Object.values(DEMONYMS));

export const DIRECTIONS: Record<string, string> = {
  north: 'N', south: 'S', east: 'E', west: 'W', northeast: 'NE', northwest: 'NW', southeast: 'SE', southwest: 'SW',
  'north-east': 'NE', 'north-west': 'NW', 'south-east': 'SE', 'south-west': 'SW', northern: 'N', southern: 'S', eastern: 'E', western: 'W',
};

/** Head nouns that give an unknown name its kind. */
export const PLACE_HEADS = /^(?:village|town|city|district|sub-district|subdistrict|nahiya|area|region|province|governorate|neighbou?rhood|quarter|camp|valley|mountains?|range|desert|plain|plains|island|road|highway|bridge|airport|base|checkpoint|crossing|outpost|hill|oil field|field)$/i;
export const FORCE_HEADS = /^(?:brigade|battalion|regiment|division|forces?|army|police|guards?|units?|corps|command|squad|militia|troops|regiments?|operations command)$/i;
export const ORG_HEADS = /^(?:ministry|office|observatory|syndicate|department|council|commission|committee|cell|agency|authority|organi[sz]ation|movement|party|front|group|network|company|embassy|consulate|mission|parliament|directorate|news|tv|channel|foundation|association|bank|university|hospital|court|tribe|clan|presidency)$/i;

/** Words that start a sentence with a capital but never a name. */
export const NOT_NAMES = new Set(
  `the a an in on at of for from by with and or but as after before during since while when where which who whose this that these those it its he she they them their his her our we i you there here some many several no not no one one two three four five six seven eight nine ten
  last earlier later meanwhile however also yet still according security local officials sources source police forces army residents witnesses medical health interior defense defence foreign
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  mr mrs dr prime minister president governor mayor spokesperson spokesman commander general colonel sheikh ministry office spokeswoman deputy head chief director minister's
  iraqi kurdish american turkish iranian federal regional international united islamic state according elsewhere separately`.split(/\s+/),
);
