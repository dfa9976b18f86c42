// Actor lexicon as data: named armed groups with their aliases and ACLED kind, and the generic classes
// (state forces, gunmen, protesters, rioters) that take their country from context.
import type { ActorKind } from '../core/acled.js';

/** A named actor. Patterns are matched case-insensitively unless `caseSensitive` (short acronyms like "IS"). */
export interface NamedActor {
  name: string;
  kind: ActorKind;
  patterns: readonly string[];
  caseSensitive?: readonly string[];
  /**
   * ISO2 of the one country whose conflict the group belongs to ("Luhansk People's Militia": UA); the
   * analyzer reads it as a hint to the event's country, as it reads "Ukrainian forces". Left out for groups
   * active in several countries.
   */
  country?: string;
}

export const NAMED_ACTORS: readonly NamedActor[] = [
  {
    name: 'Islamic State',
    kind: 'rebel',
    patterns: ['Islamic State', 'ISIS', 'ISIL', 'Daesh', "Da'esh", 'Daish', 'IS militants', 'IS fighters'],
    caseSensitive: ['IS'],
  },
  {
    name: 'Islamic State West Africa Province',
    kind: 'rebel',
    patterns: ['Islamic State West Africa Province', 'ISWAP', 'Islamic State West Africa'],
  },
  {
    name: 'Islamic State (Greater Sahara)',
    kind: 'rebel',
    patterns: ['Islamic State in the Greater Sahara', 'Islamic State Greater Sahara', 'ISGS', 'EIGS'],
  },
  {
    name: 'Islamic State (Khorasan)',
    kind: 'rebel',
    patterns: ['Islamic State Khorasan', 'ISIS-K', 'ISKP', 'IS-K'],
  },
  {
    name: 'HTS: Hayat Tahrir al-Sham',
    country: 'SY',
    kind: 'rebel',
    patterns: [
      'Hayat Tahrir al-Sham',
      "Hay'at Tahrir al-Sham",
      'Hayat Tahrir al Sham',
      'HTS',
      'Tahrir al-Sham',
    ],
  },
  {
    name: 'Jabhat al-Nusra',
    country: 'SY',
    kind: 'rebel',
    patterns: ['Jabhat al-Nusra', 'al-Nusra Front', 'Nusra Front', 'Jabhat Fateh al-Sham'],
  },
  // ACLED codes the Houthi-led authorities' forces as a state force since the Supreme Political Council (2016).
  {
    name: 'Military Forces of Yemen (2016-) Supreme Political Council',
    country: 'YE',
    kind: 'state',
    patterns: [
      'Houthis',
      'Houthi',
      'Ansar Allah',
      'Ansarallah',
      'Huthis',
      'Huthi',
      // "pro-Houthi forces" are the Houthis' own side, unlike "pro-Houthi media".
      'pro-Houthi forces',
      'pro-Houthi fighters',
      'pro-Houthi groups',
      'pro-Houthi militias',
      'pro-Houthi militants',
      'pro-Houthi troops',
    ],
  },
  {
    name: 'QSD: Syrian Democratic Forces',
    country: 'SY',
    kind: 'rebel',
    patterns: ['Syrian Democratic Forces', 'SDF', 'QSD'],
  },
  {
    name: "People's Protection Units",
    country: 'SY',
    kind: 'rebel',
    patterns: ["People's Protection Units", 'YPG', 'YPJ'],
  },
  { name: 'Free Syrian Army', country: 'SY', kind: 'rebel', patterns: ['Free Syrian Army', 'FSA'] },
  {
    name: 'Syrian National Army',
    country: 'SY',
    kind: 'rebel',
    patterns: [
      'Syrian National Army',
      'Turkish-backed factions',
      'Turkish-backed rebels',
      'Turkish-backed fighters',
      'Turkish-backed groups',
      'Turkey-backed factions',
      'Turkey-backed fighters',
      'Turkey-backed groups',
      'pro-Turkish factions',
      'pro-Turkish fighters',
    ],
  },
  { name: 'Taliban', country: 'AF', kind: 'rebel', patterns: ['Taliban'] },
  {
    name: 'Tehrik-i-Taliban Pakistan',
    country: 'PK',
    kind: 'rebel',
    patterns: ['Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'TTP', 'Pakistani Taliban'],
  },
  {
    name: 'Al Shabaab',
    country: 'SO',
    kind: 'rebel',
    patterns: ['Al Shabaab', 'al-Shabaab', 'al-Shabab', 'Al Shabab', 'Shabaab', 'Shabab'],
  },
  { name: 'Boko Haram', kind: 'rebel', patterns: ['Boko Haram', "Jama'atu Ahlis Sunna", 'JAS'] },
  {
    name: 'JNIM: Group for Support of Islam and Muslims',
    kind: 'rebel',
    patterns: ['JNIM', 'Group for Support of Islam and Muslims', "Jama'at Nusrat al-Islam wal-Muslimin"],
  },
  {
    name: 'Al Qaeda in the Arabian Peninsula',
    country: 'YE',
    kind: 'rebel',
    patterns: ['Al Qaeda in the Arabian Peninsula', 'al-Qaeda in the Arabian Peninsula', 'AQAP'],
  },
  { name: 'Al Qaeda', kind: 'rebel', patterns: ['Al Qaeda', 'al-Qaeda', 'al-Qaida', 'Al Qaida'] },
  { name: 'Hezbollah', kind: 'political militia', patterns: ['Hezbollah', 'Hizbollah', 'Hizballah'] },
  {
    name: 'Hamas',
    country: 'PS',
    kind: 'rebel',
    patterns: ['Hamas', 'Izz al-Din al-Qassam Brigades', 'Qassam Brigades'],
  },
  {
    name: 'Palestinian Islamic Jihad',
    country: 'PS',
    kind: 'rebel',
    patterns: ['Palestinian Islamic Jihad', 'Islamic Jihad'],
  },
  {
    name: 'PKK: Kurdistan Workers Party',
    kind: 'rebel',
    patterns: ['PKK', "Kurdistan Workers' Party", 'Kurdistan Workers Party'],
  },
  { name: 'Wagner Group', kind: 'external', patterns: ['Wagner Group', 'Wagner mercenaries', 'Wagner'] },
  // A private military company hired by Mozambique's government; ACLED codes such contractors as external.
  {
    name: 'Dyck Advisory Group',
    country: 'MZ',
    kind: 'external',
    patterns: ['Dyck Advisory Group', 'Dyck Advisory'],
    caseSensitive: ['DAG'],
  },
  // ACLED names Libya's rival armies as factions of its military forces.
  {
    name: 'Military Forces of Libya (2014-) Haftar Faction',
    country: 'LY',
    kind: 'state',
    patterns: [
      'Libyan National Army',
      'LNA',
      'Haftar forces',
      "Haftar's forces",
      'forces loyal to Haftar',
      'pro-Haftar forces',
      'pro-Haftar fighters',
    ],
  },
  {
    name: 'Military Forces of Libya (2016-2021) Government of National Accord',
    country: 'LY',
    kind: 'state',
    patterns: ['Government of National Accord', 'GNA forces', 'GNA', 'pro-GNA forces', 'pro-GNA fighters'],
  },
  {
    name: 'NAF: United Armed Forces of Novorossiya',
    country: 'UA',
    kind: 'rebel',
    patterns: [
      "Luhansk People's Militia",
      "Donbass People's Militia",
      "Donbas People's Militia",
      "Donetsk People's Militia",
      'DPR militia',
      'LPR militia',
      "Donetsk People's Republic",
      "Luhansk People's Republic",
      'DPR forces',
      'LPR forces',
      'DNR',
      'LNR',
      'pro-Russian separatists',
      'Russian-backed separatists',
      'Novorossiya',
    ],
    caseSensitive: ['NAF'],
  },
  {
    name: 'ELN: National Liberation Army',
    country: 'CO',
    kind: 'rebel',
    patterns: ['National Liberation Army', 'ELN'],
  },
  { name: 'FARC Dissidents', country: 'CO', kind: 'rebel', patterns: ['FARC dissidents', 'FARC'] },
  {
    name: 'Allied Democratic Forces',
    country: 'CD',
    kind: 'rebel',
    patterns: ['Allied Democratic Forces', 'ADF'],
  },
  { name: 'M23: March 23 Movement', country: 'CD', kind: 'rebel', patterns: ['M23', 'March 23 Movement'] },
  {
    name: 'Fulani Ethnic Militia',
    kind: 'identity militia',
    patterns: [
      'Fulani militia',
      'Fulani militias',
      'Fulani militiamen',
      'Fulani herdsmen',
      'Fulani gunmen',
      'Fulani herders',
    ],
  },
  {
    name: 'Sinaloa Cartel',
    country: 'MX',
    kind: 'political militia',
    patterns: ['Sinaloa Cartel', 'Sinaloa cartel'],
  },
  {
    name: 'CJNG: Jalisco New Generation Cartel',
    country: 'MX',
    kind: 'political militia',
    patterns: ['Jalisco New Generation Cartel', 'CJNG', 'Jalisco cartel'],
  },
  {
    name: 'Maoist Rebels',
    country: 'IN',
    kind: 'rebel',
    patterns: ['Maoists', 'Maoist rebels', 'Naxalites', 'Naxals', 'CPI (Maoist)', 'CPI-Maoist'],
  },
  { name: 'Arakan Army', country: 'MM', kind: 'rebel', patterns: ['Arakan Army'] },
  {
    name: 'Military Forces of Afghanistan',
    kind: 'state',
    patterns: [
      'ANDSF',
      'Afghan National Defense and Security Forces',
      'Afghan National Defence and Security Forces',
    ],
    country: 'AF',
  },
  {
    name: 'BLA: Baloch Liberation Army',
    kind: 'rebel',
    patterns: ['Baloch Liberation Army', 'BLA'],
    country: 'PK',
  },
  {
    name: 'CNDD-FDD-Imbonerakure',
    kind: 'political militia',
    patterns: ['Imbonerakure'],
    country: 'BI',
  },
  {
    name: 'TMF: Tribal Mobilization Forces',
    kind: 'identity militia',
    patterns: ['Tribal Mobilization Forces', 'Tribal Mobilisation Forces', 'TMF'],
    country: 'IQ',
  },
  {
    name: "EPP: Paraguayan People's Army",
    kind: 'rebel',
    patterns: ["Paraguayan People's Army", 'Ejército del Pueblo Paraguayo'],
    caseSensitive: ['EPP'],
    country: 'PY',
  },
  {
    name: 'Global Coalition Against Daesh',
    kind: 'external',
    patterns: ['Global Coalition', 'US-led coalition', 'U.S.-led coalition', 'international coalition'],
  },
  // The Saudi-led coalition's intervention in Yemen, ACLED's external actor for its air strikes.
  {
    name: 'Operation Restoring Hope',
    country: 'YE',
    kind: 'external',
    patterns: [
      'Saudi-led coalition',
      'Saudi-led Arab coalition',
      'Saudi-led military coalition',
      'Saudi-UAE coalition',
      'Saudi-Emirati coalition',
      'Arab coalition',
      'Arab Coalition',
      'Operation Restoring Hope',
    ],
  },
  // "Coalition forces", "coalition airstrikes" with no leader named: in reports on Iraq and Syria, the coalition
  // against the Islamic State (the Saudi-led one is matched above when named as such); external either way.
  {
    name: 'Global Coalition Against Daesh',
    kind: 'external',
    patterns: [
      'coalition forces',
      'coalition troops',
      'coalition warplanes',
      'coalition aircraft',
      'coalition jets',
      'coalition drones',
      'coalition airstrikes',
      'coalition air strikes',
    ],
  },
  // The internationally recognised government's forces, named in reports by its president.
  {
    name: 'Military Forces of Yemen',
    country: 'YE',
    kind: 'state',
    patterns: [
      'pro-Hadi forces',
      'pro-Hadi troops',
      'pro-Hadi fighters',
      'Hadi forces',
      "Hadi's forces",
      'pro-Hadi',
    ],
  },
  // The southern Security Belt is formally a unit of the state's forces.
  {
    name: 'Military Forces of Yemen (2012-) Security Belt Forces',
    country: 'YE',
    kind: 'state',
    patterns: ['Security Belt Forces', 'Security Belt'],
  },
  // Anti-Houthi militias that fight beside, not inside, Yemen's army.
  {
    name: 'National Resistance Forces',
    country: 'YE',
    kind: 'political militia',
    patterns: ['National Resistance Forces', 'National Resistance'],
  },
  {
    name: 'Southern Resistance',
    country: 'YE',
    kind: 'political militia',
    patterns: ['Southern Resistance', 'southern resistance'],
  },
  {
    name: "NPA: New People's Army",
    country: 'PH',
    kind: 'rebel',
    patterns: ["New People's Army", 'New Peoples Army'],
    caseSensitive: ['NPA'],
  },
  {
    name: 'ASG: Abu Sayyaf',
    country: 'PH',
    kind: 'rebel',
    patterns: ['Abu Sayyaf', 'Abu Sayyaf Group'],
    caseSensitive: ['ASG'],
  },
  {
    name: 'BIFF: Bangsamoro Islamic Freedom Fighters',
    country: 'PH',
    kind: 'rebel',
    patterns: ['Bangsamoro Islamic Freedom Fighters', 'BIFF'],
  },
  {
    name: 'Dawlah Islamiyah',
    country: 'PH',
    kind: 'rebel',
    patterns: ['Dawlah Islamiyah', 'Daulah Islamiyah', 'Dawlah Islamiya'],
  },
  {
    name: 'MILF: Moro Islamic Liberation Front',
    country: 'PH',
    kind: 'rebel',
    patterns: ['Moro Islamic Liberation Front', 'MILF'],
  },
  {
    name: 'Ambazonian Separatists (Cameroon)',
    country: 'CM',
    kind: 'rebel',
    patterns: [
      'Ambazonian separatists',
      'Ambazonian separatist fighters',
      'Ambazonian fighters',
      'Ambazonia separatists',
      'Anglophone separatists',
      'Amba boys',
      'Ambazonian',
    ],
  },
  {
    name: 'Malay Muslim Separatists (Thailand)',
    country: 'TH',
    kind: 'rebel',
    patterns: ['Malay Muslim separatists', 'Malay Muslim separatist', 'Barisan Revolusi Nasional', 'BRN'],
  },
  {
    name: 'Lashkar-e-Taiba',
    country: 'IN',
    kind: 'rebel',
    patterns: ['Lashkar-e-Taiba', 'Lashkar-e-Toiba'],
    caseSensitive: ['LeT'],
  },
  {
    name: 'Jaish-e-Mohammed',
    country: 'IN',
    kind: 'rebel',
    patterns: ['Jaish-e-Mohammed', 'Jaish-e-Mohammad'],
    caseSensitive: ['JeM'],
  },
  { name: 'Hizbul Mujahideen', country: 'IN', kind: 'rebel', patterns: ['Hizbul Mujahideen', 'Hizbul'] },
  {
    name: 'CJTF: Civilian Joint Task Force',
    country: 'NG',
    kind: 'political militia',
    patterns: ['Civilian Joint Task Force', 'Civilian JTF', 'CJTF'],
  },
  {
    name: 'VDP: Volunteers for the Defense of the Homeland',
    country: 'BF',
    kind: 'political militia',
    patterns: [
      'Volunteers for the Defense of the Homeland',
      'Volunteers for the Defence of the Homeland',
      'VDP',
    ],
  },
  {
    name: 'Dan Na Ambassagou',
    country: 'ML',
    kind: 'identity militia',
    patterns: ['Dan Na Ambassagou', 'Dan Nan Ambassagou'],
  },
  {
    name: 'Dozo Communal Militia',
    kind: 'identity militia',
    patterns: ['Dozo hunters', 'Dozo militia', 'Dozos', 'Dozo'],
  },
  {
    name: 'CODECO: Cooperative for Development of Congo',
    country: 'CD',
    kind: 'political militia',
    patterns: ['CODECO', 'Cooperative for the Development of Congo', 'Cooperative for Development of Congo'],
  },
  {
    name: 'FDLR: Democratic Forces for the Liberation of Rwanda',
    country: 'CD',
    kind: 'rebel',
    patterns: ['Democratic Forces for the Liberation of Rwanda', 'FDLR'],
  },
  {
    name: 'Mayi Mayi Militia',
    country: 'CD',
    kind: 'political militia',
    patterns: ['Mai-Mai', 'Mai Mai', 'Mayi-Mayi', 'Mayi Mayi', 'Raia Mutomboki'],
  },
  { name: 'Anti-Balaka', country: 'CF', kind: 'political militia', patterns: ['anti-Balaka', 'Anti-Balaka'] },
  {
    name: 'UPC: Union for Peace in the Central African Republic',
    country: 'CF',
    kind: 'rebel',
    patterns: ['Union for Peace in the Central African Republic'],
    caseSensitive: ['UPC'],
  },
  {
    name: '3R: Return, Reclamation, Rehabilitation',
    country: 'CF',
    kind: 'rebel',
    patterns: ['Return, Reclamation and Rehabilitation', 'Return, Reclamation, Rehabilitation'],
    caseSensitive: ['3R'],
  },
  {
    name: 'KIA: Kachin Independence Army',
    country: 'MM',
    kind: 'rebel',
    patterns: ['Kachin Independence Army'],
  },
  {
    name: "TNLA: Ta'ang National Liberation Army",
    country: 'MM',
    kind: 'rebel',
    patterns: ["Ta'ang National Liberation Army", 'Taang National Liberation Army', 'TNLA'],
  },
  {
    name: 'Kataib Hezbollah',
    country: 'IQ',
    kind: 'political militia',
    patterns: ["Kata'ib Hezbollah", 'Kataib Hezbollah', 'Kataib Hizbollah'],
  },
  {
    name: 'CV: Red Command',
    country: 'BR',
    kind: 'political militia',
    patterns: ['Comando Vermelho', 'Red Command'],
  },
  {
    name: 'PCC: First Capital Command',
    country: 'BR',
    kind: 'political militia',
    patterns: ['Primeiro Comando da Capital', 'First Capital Command'],
    caseSensitive: ['PCC'],
  },
  {
    name: 'TCP: Pure Third Command',
    country: 'BR',
    kind: 'political militia',
    patterns: ['Terceiro Comando Puro', 'Pure Third Command'],
    caseSensitive: ['TCP'],
  },
  // National forces known by their own names or acronyms; ACLED codes them as the state's forces.
  {
    name: 'Military Forces of Democratic Republic of Congo',
    country: 'CD',
    kind: 'state',
    patterns: ['FARDC'],
  },
  { name: 'Military Forces of Mali', country: 'ML', kind: 'state', patterns: ['FAMa'] },
  {
    name: 'Military Forces of France',
    country: 'FR',
    kind: 'state',
    patterns: ['Operation Barkhane', 'Barkhane forces', 'Barkhane'],
  },
  {
    name: 'Police Forces of India',
    country: 'IN',
    kind: 'state',
    patterns: [
      'Central Reserve Police Force',
      'CRPF',
      'Border Security Force',
      'BSF',
      'District Reserve Guard',
      'Special Operations Group',
    ],
    caseSensitive: ['DRG', 'SOG'],
  },
  {
    name: 'Military Forces of India',
    country: 'IN',
    kind: 'state',
    patterns: ['Rashtriya Rifles', 'Assam Rifles'],
  },
  {
    name: 'Police Forces of Afghanistan',
    country: 'AF',
    kind: 'state',
    patterns: ['National Directorate of Security', 'Afghan Local Police'],
    caseSensitive: ['NDS', 'ANP', 'ALP'],
  },
  {
    name: 'Military Forces of Afghanistan',
    country: 'AF',
    kind: 'state',
    patterns: ['Afghan National Army'],
    caseSensitive: ['ANA'],
  },
  { name: 'Military Forces of Iraq', country: 'IQ', kind: 'state', patterns: ['Peshmerga'] },
  {
    name: 'Military Forces of Iran',
    country: 'IR',
    kind: 'state',
    patterns: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'IRGC', 'Quds Force'],
  },
  {
    name: 'NATO: North Atlantic Treaty Organization',
    kind: 'external',
    patterns: ['NATO', 'North Atlantic Treaty Organization', 'Resolute Support'],
  },
  { name: 'Military Forces of Israel', country: 'IL', kind: 'state', patterns: ['IDF'] },
  { name: 'Military Forces of Uganda', country: 'UG', kind: 'state', patterns: ['UPDF'] },
  { name: 'Military Forces of Ethiopia', country: 'ET', kind: 'state', patterns: ['ENDF'] },
  { name: 'Military Forces of Kenya', country: 'KE', kind: 'state', patterns: ['KDF'] },
  {
    name: 'Military Forces of South Sudan',
    country: 'SS',
    kind: 'state',
    patterns: ['SSPDF', 'SPLA'],
  },
  {
    name: "SPLM/A-IO: Sudan People's Liberation Movement/Army (In-Opposition)",
    country: 'SS',
    kind: 'rebel',
    patterns: ['SPLA-IO', 'SPLM-IO', 'SPLA IO', 'SPLM IO'],
  },
  {
    name: 'AMISOM: African Union Mission in Somalia',
    country: 'SO',
    kind: 'external',
    patterns: ['AMISOM', 'ATMIS', 'African Union Mission in Somalia', 'African Union troops'],
  },
  {
    name: 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali',
    country: 'ML',
    kind: 'external',
    patterns: ['MINUSMA'],
  },
  {
    name: 'MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo',
    country: 'CD',
    kind: 'external',
    patterns: ['MONUSCO'],
  },
  { name: 'Rapid Support Forces', country: 'SD', kind: 'state', patterns: ['Rapid Support Forces', 'RSF'] },
  // Nagorno-Karabakh's forces; ACLED codes their events in Azerbaijan, where the territory lies.
  {
    name: 'Military Forces of Artsakh',
    country: 'AZ',
    kind: 'state',
    patterns: [
      'military forces of Artsakh',
      'Artsakh forces',
      'Artsakh Defence Army',
      'Artsakh Defense Army',
      'Nagorno-Karabakh forces',
      'Karabakh forces',
    ],
  },
];

/** Generic classes; `{country}` is filled from the incident's place or the article's main country. */
export interface GenericActor {
  name: string;
  kind: ActorKind;
  pattern: string;
  /**
   * Weapons and craft ("warplanes", "artillery") name a state force only with an owner in front: a demonym
   * or country ("Russian jets"), or "government"/"regime"/"army" ("government artillery").
   */
  needsOwner?: boolean;
}

// A demonym or country name may precede these nouns; the reader resolves it before falling back to context.
export const GENERIC_ACTORS: readonly GenericActor[] = [
  {
    name: 'Police Forces of {country}',
    kind: 'state',
    pattern:
      'police(?:m[ae]n| officers?| forces| personnel| units?)?|gendarmes?|gendarmerie|riot police|security guards|border guards|prison (?:guards|wardens|officials|authorities)|jailers|prison staff|bomb (?:disposal )?squads?|bomb disposal (?:teams?|units?|experts)|EOD (?:teams?|units?)|deminers',
  },
  {
    name: 'Military Forces of {country}',
    kind: 'state',
    // Two-word forces come first: "military forces of Armenia" is one mention, not "military" and "forces".
    pattern:
      '(?:armed|military|army|security|government|pro-government|regime|state|special|defen[cs]e|naval|ground|joint) forces|army (?:troops|soldiers|units)|soldiers?|troops|army|military|servicem[ae]n|regime(?! change)|navy|air ?force|national guard|(?<!(?:rebel|opposition|militia|insurgent|separatist|tribal|clan|resistance|coalition) )forces|marines|paratroopers',
  },
  {
    name: 'Military Forces of {country}',
    kind: 'state',
    pattern:
      'war ?planes?|(?:fighter )?jets|(?:fixed-wing |military )?aircraft|air power|air ?raids?|air ?strikes?|helicopters?|(?:helicopter )?gunships?|drones?|artillery|tanks|warships?|shelling|bombardment',
    needsOwner: true,
  },
  // ACLED's actor for air and drone strikes no one claims is a foreign-force class (inter 8).
  {
    name: 'Unidentified Military Forces',
    kind: 'external',
    pattern:
      '(?:unidentified|unknown|unattributed) (?:war ?planes?|(?:fighter )?jets|(?:military )?aircraft|drones?|helicopters?)',
  },
  // Clan, tribal and communal militias are identity militias (inter 4), not political ones.
  {
    name: 'Unidentified Clan Militia ({country})',
    kind: 'identity militia',
    pattern:
      'clan militia(?:s|men)?|clan (?:fighters|gunmen)|clansmen|(?:militiam[ae]n|fighters|gunmen) from the [\\w-]+ (?:sub-)?clans?|(?:inter-?|intra-?|sub-?)?clan (?:clash(?:es)?|fighting|violence|conflicts?|feuds?|disputes?)',
  },
  {
    name: 'Unidentified Tribal Militia ({country})',
    kind: 'identity militia',
    pattern:
      'tribal (?:militia(?:s|men)?|fighters|gunmen)|tribesmen|armed tribesmen|(?:inter-?)?tribal (?:clash(?:es)?|fighting|violence|conflicts?|feuds?)',
  },
  {
    name: 'Unidentified Communal Militia ({country})',
    kind: 'identity militia',
    // A community's armed men, herders who fight for their herds, and fighting between communities.
    pattern:
      '(?:ethnic|communal|community|village|local) (?:militia(?:s|men)?|fighters|gunmen|defen[cs]e groups?)|militia(?:s|men)? from (?:the )?(?:rival )?(?:villages?|communities|clans)|armed (?:pastoralists|herders|herdsmen|youths?)|cattle raiders|(?:inter-? ?)?(?:communal|ethnic|community) (?:violence|clash(?:es)?|fighting|conflicts?)',
  },
  // Islamist armed men no group is named for: ACLED's generic "Islamist Militia (Country)" (inter 3).
  {
    name: 'Islamist Militia ({country})',
    kind: 'political militia',
    pattern:
      '(?:islamist|islamic|jihadist) (?:militants|insurgents|fighters|militia(?:s|men)?|gunmen|armed groups?|extremists)',
  },
  // Criminal gangs nobody names are ACLED's "Unidentified Gang" (a political militia, inter 3).
  {
    name: 'Unidentified Gang ({country})',
    kind: 'political militia',
    pattern:
      'hitmen|sicarios|cartel members|gang members|gangsters|pandilleros|(?:rival |drug |criminal |street )?gangs|criminal (?:groups?|gangs?|organi[sz]ations?)|gang',
  },
  {
    name: 'Unidentified Armed Group ({country})',
    kind: 'political militia',
    pattern:
      'resistance (?:forces|fighters)|raiders|armed (?:individuals|persons|assailants|attackers|commandos?|suspects|robbers|criminals|drug traffickers|smugglers)|suicide bombers?|kidnappers|abductors|robbers|drug traffickers|smugglers|poachers|pirates|rebel forces|opposition (?:forces|fighters)|(?:an? )?(?:unknown|unidentified) (?:party|parties|actors?)|gunm[ae]n|armed m[ae]n|armed group|unidentified (?:armed )?(?:men|assailants|attackers|persons|individuals|group)|unknown (?:armed )?(?:men|assailants|attackers|persons|individuals|gunmen)|assailants|attackers|militants|insurgents|jihadists|rebels|bandits|armed bandits|terrorists|militiam[ae]n|militias?|armed groups',
  },
  {
    name: 'Protesters ({country})',
    kind: 'protesters',
    pattern:
      'protesters|protestors|demonstrators|activists|marchers|strikers|students|workers|teachers|residents|farmers|traders|supporters',
  },
  { name: 'Rioters ({country})', kind: 'rioters', pattern: 'rioters|mob|angry crowd|crowd|villagers' },
];

/** Victim nouns that name civilians ("his mother", "a farmer", "three children"). */
export const CIVILIAN_NOUN =
  'civilians?|people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|bab(?:y|ies)|infants?|teen(?:ager)?s?|farmers?|herders?|villagers?|residents?|mother|father|wife|husband|son|daughter|brother|sister|family|relatives?|uncle|aunt|cousin|journalists?|reporters?|teachers?|students?|doctors?|nurses?|aid workers?|workers?|traders?|merchants?|shopkeepers?|drivers?|passengers?|worshippers?|pilgrims?|priests?|imams?|pastors?|elders?|chiefs?|councillors?|mayors?|politicians?|candidates?|activists?|lawyers?|judges?|youths?|youngsters?|minors?|pilot|couple|displaced|refugees?|migrants?|prisoners?|detainees?|hostages?|individuals?|fishermen|miners?|shepherds?|local';
