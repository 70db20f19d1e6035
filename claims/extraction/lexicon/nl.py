"""Dutch word lists for the extraction rules (data only, no logic)."""


def _w(words: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(words.split())


# Speech verbs: every inflection we expect in news copy. Finite forms and participles.
SPEECH_VERBS = _w("""
    zeg zegt zeggen zei zeiden gezegd
    verklaar verklaart verklaren verklaarde verklaarden verklaard
    benadruk benadrukt benadrukken benadrukte benadrukten
    stel stelt stellen stelde stelden gesteld
    meld meldt melden meldde meldden gemeld
    vertel vertelt vertellen vertelde vertelden verteld
    beweer beweert beweren beweerde beweerden beweerd
    waarschuw waarschuwt waarschuwen waarschuwde waarschuwden gewaarschuwd
    erken erkent erkennen erkende erkenden erkend
    ontken ontkent ontkennen ontkende ontkenden ontkend
    beloof belooft beloven beloofde beloofden beloofd
    schrijft schrijven schreef schreven geschreven
    onderstreept onderstrepen onderstreepte onderstreepten onderstreept
    betoogt betogen betoogde betoogden betoogd
    herhaalt herhalen herhaalde herhaalden herhaald
    antwoordt antwoorden antwoordde antwoordden geantwoord
    concludeert concluderen concludeerde concludeerden geconcludeerd
    aangeven aangegeven toegevoegd meegedeeld bekendgemaakt aangekondigd
    reageert reageerde reageerden gereageerd
    verzekert verzekerde verzekerden verzekerd
    verwacht verwachten verwachtte verwachtten
    bevestig bevestigt bevestigen bevestigde bevestigden bevestigd
    schat schatten schatte geschat
    voorspel voorspelt voorspellen voorspelde voorspelden voorspeld
    vermeldt vermelden vermeldde vermeld
    constateert constateren constateerde constateerden geconstateerd
    onthult onthullen onthulde onthulden onthuld
    bericht berichten berichtte berichtten
    twittert twitterde twitterden getwitterd tweet tweette
    opperde oppert opperden geopperd
    vreest vreesde vreesden gevreesd
    vindt vinden vond vonden denkt denken dacht dachten meent menen meende meenden
    hoopt hopen hoopte hoopten gelooft geloven geloofde geloofden vermoedt vermoedde vermoeden
    beklemtoont beklemtonen beklemtoonde beklemtoonden beklemtoond
    verduidelijkt verduidelijkte verduidelijkten verduidelijkt
    oordeelt oordelen oordeelde oordeelden geoordeeld
    claimt claimen claimde claimden geclaimd
    verzekert verzekeren
    getuigt getuigde getuigden
    garandeert garandeerde garandeerden gegarandeerd
    benadrukken
    erkennen
    betreurt betreurde betreurden
    klaagt klaagde klaagden geklaagd
    bepaalt bepaalde bepaalden bepaald
    stipt stipte
    tekent tekende
    beseft beseffen besefte
    relativeert relativeerde nuanceert nuanceerde countert counterde pareert pareerde
    sprak spraken spreekt pleitte pleitten
    glundert glunderde zucht zuchtte lacht lachte reageert reageerde vervolgt vervolgde
    concludeert concludeerde erkent erkende bevestigt bevestigde waarschuwt waarschuwde
    weerspreekt weersprak weerspraken weersproken motiveert motiveerde motiveerden gemotiveerd
    bekent bekende bekenden betwist betwistte betwistten ontkenden
    suggereert suggereerde suggereerden betwijfelt betwijfelde betwijfelden zweert zwoer zwoeren
    becijfert becijferde becijferden signaleert signaleerde signaleerden hekelt hekelde hekelden
    bekritiseert bekritiseerde bekritiseerden bepleit bepleitte bepleitten
    sneert sneerde foetert foeterde analyseert analyseerde hint hintte
    zegde zegden beaamt beaamde beamen beaamden speculeert speculeerde speculeren speculeerden
    grijnst grijnsde glimlacht glimlachte bromt bromde moppert mopperde jubelt jubelde verzucht
    verzuchtte grapt grapte fulmineert fulmineerde briest bitst bitste knipoogt knipoogde
    vrezen klagen beklaagt beklagen beklaagde beklaagden betreuren bekennen betwisten suggereren
    betwijfelen zweren becijferen signaleren hekelen bekritiseren bepleiten pleit pleiten gepleit
    beweerde verkondigt verkondigen verkondigde verkondigden pocht pochte twijfelt twijfelde
    twijfelen stellen onderstrepen waarschuwen hamert hamerde beklemtonen poneert poneerde
    aangaf aangeeft aangaven meedeelde meedeelt meedeelden toegaf toegeeft toegaven bekendmaakte
    bekendmaakt aankondigde aankondigt aankondigden opmerkte opmerkt opmerkten
    voorziet bezweert bezwoer bezwoeren
    gehoopt gedacht gemeend geloofd vermoed betwijfeld gesuggereerd gehekeld bekritiseerd
    gesignaleerd becijferd beaamd betreurd bezworen gezworen verkondigd toegegeven
    veronderstelt veronderstellen veronderstelde veronderstelden verondersteld
    preciseert preciseren preciseerde preciseerden gepreciseerd
    """)

# Descriptions that stand for the organisation just named even when it was not known as one ("Het
# Rode Kruis helpt. De organisatie zegt …"); not institutions ("het kabinet"), which are what they say.
BUSINESS_WORDS = _w(
    "bedrijf concern organisatie onderneming firma keten fabrikant vervoerder stichting maatschappij"
)
# Organisation words that, with "het"/"de", point back at the organisation in focus.
ANAPHORIC_ORGS = _w("""
    bedrijf concern organisatie onderneming vervoerder bank club school ploeg partij bond vakbond
    federatie omroep krant stichting universiteit hogeschool ziekenhuis hospitaal fabrikant gemeente provincie
    rechtbank ministerie regering kabinet vereniging bestuur toezichthouder waakhond autoriteit
    inspectie instituut planbureau agentschap bureau commissie raad college spoorbeheerder
    havenbedrijf netbeheerder zuivelconcern keten supermarktketen winkelketen maatschappij
    fractie biermerk bierbrouwer brouwer dienst verzekeraar zorgverzekeraar corporatie instantie
    woningcorporatie waterschap schap aanbieder provider leverancier
    """)
# A description of an organisation and the words in the name of one of that kind: "de school"
# after "Het Leidsche Rijn College", "het ziekenhuis" after "UZ Leuven".
_SCHOOLS = (
    "school",
    "college",
    "lyceum",
    "atheneum",
    "gymnasium",
    "academie",
    "instituut",
    "scholengemeenschap",
)
_HOSPITALS = ("ziekenhuis", "ziekenhuizen", "hospitaal", "gasthuis", "uz", "umc", "mc", "kliniek", "medisch")
_UNIONS = (
    "bond",
    "vakbond",
    "fnv",
    "cnv",
    "acv",
    "abvv",
    "aclvb",
    "acod",
    "bbtk",
    "vsoa",
    "unie",
    "federatie",
)
# the parties of the Dutch and Belgian parliaments, for "de partij", "de fractie"
_PARTIES = (
    "vvd",
    "pvv",
    "cda",
    "d66",
    "groenlinks",
    "pvda",
    "sp",
    "christenunie",
    "sgp",
    "pvdd",
    "ja21",
    "fvd",
    "bbb",
    "nsc",
    "volt",
    "denk",
    "50plus",
    "n-va",
    "cd&v",
    "vld",
    "vooruit",
    "groen",
    "belang",
    "pvda-ptb",
    "mr",
    "ps",
    "ecolo",
    "cdh",
    "engagés",
    "partij",
)
ORG_KINDS = {
    "partij": _PARTIES,
    "fractie": _PARTIES,
    "school": _SCHOOLS,
    "hogeschool": ("hogeschool", "academie", "university"),
    "universiteit": ("universiteit", "university", "uva", "vu", "ku"),
    "ziekenhuis": _HOSPITALS,
    "hospitaal": _HOSPITALS,
    "bond": _UNIONS,
    "vakbond": _UNIONS,
    "rechtbank": ("rechtbank",),
    # "de bank": only an organisation that is one (ABN AMRO, Rabobank), not whichever is in focus
    "bank": ("bank", "abn", "ing", "kbc", "belfius", "bnp", "dnb", "ecb", "argenta", "bunq"),
    "club": ("fc", "sc", "club", "vv", "sv", "kv", "kaa", "rsc", "krc", "afc", "psv", "ajax", "feyenoord"),
}
# "…, klinkt het bij de renner.", "…, luidt het in een verklaring": report only with "het" after them.
HET_CUES = _w("klinkt klonk klinken klonken luidt luidde luidden")
# Verbs of naming/calling: the claim keeps the verb ("noemde de onderhandelingen 'complex'").
NAMING_VERBS = _w("""
    noem noemt noemen noemde noemden genoemd omschrijft omschreef omschreven omschreven
    verwijt verwijten verweet verweten typeert typeerde typeerden bestempelt bestempelde
    """)

# Separable and multi-word speech verbs: finite or infinitive form -> the particle that completes it.
SEPARABLE = {
    **{
        f: ("weten", "optekenen", "noteren", "ontvallen", "verstaan", "doorschemeren")
        for f in _w("laat laten liet lieten")
    },
    # "blijft erbij dat …": a claim held to
    **{f: "erbij" for f in _w("blijft blijven bleef bleven")},
    **{f: ("aan", "toe", "mee") for f in _w("geeft geven gaf gaven")},
    # "herinnerde eraan dat …", "herinnert zich dat …": a reminder, a memory with its clause
    **{f: ("eraan", "zich") for f in _w("herinnert herinneren herinnerde herinnerden")},
    # "De politie houdt er rekening mee dat …": an expectation
    **{f: "rekening" for f in _w("houdt houden hield hielden")},
    **{f: "toe" for f in _w("voegt voegen voegde voegden")},
    **{f: "mee" for f in _w("deelt delen deelde deelden")},
    **{
        f: ("bekend", "duidelijk", "sterk") for f in _w("maakt maken maakte maakten")
    },  # "maakt zich sterk dat"
    **{f: "aan" for f in _w("kondigt kondigde kondigden")},
    **{f: ("erop", "op") for f in _w("wijst wijzen wees wezen")},
    **{f: "op" for f in _w("merkt merken merkte merkten")},
    **{f: "uit" for f in _w("legt leggen legde legden")},
    # "Het CPB gaat ervan uit dat …", "rekent erop dat …": an expectation with its clause
    **{f: "uit" for f in _w("gaat gaan ging gingen")},
    **{f: ("erop", "op") for f in _w("rekent rekenen rekende rekenden")},
    **{f: "aan" for f in _w("stipt stippen stipte stipten tekent tekende tekenden vult vulde vulden")},
    **{f: "toe" for f in _w("licht lichtte lichtten")},
    # "sluit niet uit dat …": a possibility with its clause
    **{f: ("af", "uit") for f in _w("sluit sluiten sloot sloten")},
    # "De rechters spraken van „ernstig en kwalijk” optreden": naming by "spreken van"
    **{f: "van" for f in _w("spreekt spreken sprak spraken")},
    **{f: "uit" for f in _w("haalt haalde haalden")},
    **{f: "tegen" for f in _w("werpt werpen wierp wierpen")},
    **{f: "vast" for f in _w("stelt stellen stelde stelden")},
    **{f: "aan" for f in _w("voert voerde voerden")},
    **{f: "op" for f in _w("doelt doelde doelden")},
    **{f: "in" for f in _w("schat schatte schatten")},  # "De Nationale Bank schat in dat …"
    **{f: "aan" for f in _w("toont tonen toonde toonden")},  # "Het rapport toont aan dat …"
    # "De krant bracht woensdag naar buiten dat …": a disclosure with its clause
    **{f: "buiten" for f in _w("brengt brengen bracht brachten")},
}
# "Dat blijkt uit cijfers van X": a source named after a verb of evidence.
# Participles after a comma: the subject is the main clause's ("X voted against, saying …").
PARTICIPLE_CUES = _w("zeggende")
EVIDENCE_VERBS = _w("blijkt blijken bleek bleken")
EVIDENCE_PREPS = _w("uit")

ACCORDING_TO = (
    ("volgens",),
    # Flemish: "“…”, klinkt het bij Groen-parlementslid Wouter De Vriendt"
    ("klinkt", "het", "bij"),
    ("klonk", "het", "bij"),
    ("klinkt", "het", "uit", "de", "mond", "van"),
    # "De actiedag is in de ogen van werkgeversorganisatie Voka onverantwoord"
    ("in", "de", "ogen", "van"),
)
ALDUS = frozenset({"aldus"})
# A source wrapped in a phrase, by its opening words and its closing word: "wat hem betreft", "als
# het aan de minister ligt", "in zijn ogen", "naar haar mening". The source is a possessive or
# object pronoun, or a phrase naming someone.
WRAPPED_SOURCES = (
    (("wat",), "betreft"),
    (("als", "het", "aan"), "ligt"),
    (("als", "het", "van"), "afhangt"),
    (("in",), "ogen"),
    (("naar",), "mening"),
)
COMPLEMENTIZERS = frozenset({"dat"})
SUBJECT_PRONOUNS = frozenset({"hij", "zij", "ze"})
PLURAL_PRONOUNS = frozenset({"zij", "ze", "hen", "hun"})
# After "volgens": "volgens hem", "volgens haar".
OBJECT_PRONOUNS = frozenset({"hem", "haar", "hen", "hun"})
MALE_PRONOUNS = frozenset({"hij", "hem"})
FEMALE_PRONOUNS = frozenset({"zij", "ze", "haar"})
POSSESSIVES = frozenset({"zijn", "haar", "hun", "onze"})
# Titles before a name; they are not part of it. Gendered ones tell the tracker who "zij" is.
TITLES = _w("dhr mevr mevrouw meneer mr dr drs ir ing prof meester")
FEMALE_WORDS = _w("""
    mevrouw mevr woordvoerster directrice topvrouw koningin onderzoekster zegsvrouw voorzitster
    minister-presidente burgemeesteres
    echtgenote moeder dochter zus oma vriendin buurvrouw weduwe vrouw
    """)
MALE_WORDS = _w("dhr meneer zegsman koning prins echtgenoot vader zoon broer opa buurman weduwnaar")
DETERMINERS = frozenset({"de", "het", "een", "'t"})
AUXILIARIES = _w(
    "heeft hebben had hadden is zijn was waren wordt werd worden zou zouden zal zullen kan kon wil wilde"
)
# Adverbs that may sit between subject, auxiliary and cue, or open a reported clause.
ADVERBS = _w("""
    verder ook al nog eerder later vooral opnieuw eveneens daarnaast bovendien nu vandaag gisteren
    morgen echter wel dan toen inmiddels daarbij meteen nadrukkelijk expliciet vervolgens tevens
    tegelijk zelf zelfs alleen dus zo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    desalniettemin achteraf
    """)
# adverbs that open a sentence and that the treebank sample does not tag ("Sowieso verwachten …")
SENTENCE_ADVERBS = _w("""
    sowieso blijkbaar hopelijk helaas zodoende evenmin althans nochtans allicht alleszins
    """)
BACKWARD_OPENERS = frozenset({"dat", "dit", "zo"})
QUESTION_OPENERS = frozenset({"wie", "wat", "waar", "waarom", "wanneer", "hoe", "welke"})
# Words that are capitalised at the start of a sentence but never part of a name.
FUNCTION_WORDS = _w("""
    de het een dat dit die deze er op in aan bij met voor van uit naar over onder tegen tussen na
    volgens eerder verder toen maar en of want ook al nog wel niet geen zo als dan daar hier waar
    wat wie hoe waarom wanneer ik jij je u hij zij ze we wij jullie het men iedereen niemand
    daarom daarnaast bovendien echter inmiddels vandaag gisteren morgen sinds tijdens nadat omdat
    terwijl hoewel toch dus nu eens steeds vooral zowel beide alle veel weinig meer minder
    januari februari maart april mei juni juli augustus september oktober november december
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag aldus
    ruim bijna zowat ongeveer circa amper slechts pas zelfs enkel louter vanaf tot
    namens dankzij ondanks wegens vanwege via naast vanuit jegens rondom behalve
    """)
# Person roles and titles; compound words ending in one of these also count ("defensieminister").
ROLES = _w("""
    president premier minister staatssecretaris burgemeester leider woordvoerder woordvoerster vrouw
    directeur directrice topman topvrouw voorzitter ceo cfo cto hoogleraar professor onderzoeker
    onderzoekster wethouder kamerlid fractievoorzitter ambassadeur generaal commissaris coach
    trainer advocaat officier rechter deskundige econoom expert chef baas koning koningin paus
    gouverneur senator zegsman zegsvrouw korpschef bondscoach aanvoerder oprichter eigenaar
    journalist correspondent analist arts viroloog epidemioloog schrijver secretaris-generaal
    vicepresident vicepremier minister-president oud-premier oud-minister ex-minister bestuurder
    kanselier diplomaat klokkenluider manager gedeputeerde officier dijkgraaf raadslid lijsttrekker
    inspecteur ombudsman ombudsvrouw huisarts bewindsman bewindsvrouw regiodirecteur hoofdofficier
    kamervoorzitter partijvoorzitter dorpsraadvoorzitter fractieleider aanklager procureur
    analisten economen experts deskundigen wetenschappers onderzoekers ingewijden bronnen
    betrokkenen woordvoerders cijfers gegevens onderzoek rapport peiling berekeningen schatting
    schattingen raming ramingen prognose prognoses analyse enquête
    hoofdredacteur redacteur presentator verslaggever columnist schepen gouverneur ploegleider
    doelman keeper spits middenvelder verdediger aanvaller renner coureur directeur-generaal
    werknemer bewoner buurman buurvrouw getuige slachtoffer raadsman uitbater zaakvoerder
    schaatser schaatsster wielrenner wielrenster atleet atlete zwemmer zwemster tennisser
    tennisster voetballer speler speelster oefenmeester strafpleiter pleiter jurist notaris
    onderzoeksrechter magistraat politicus politica parlementslid volksvertegenwoordiger
    statenlid europarlementariër burgervader ondernemer boer boerin veehouder visser winkelier
    bestuurslid vakbondsman vakbondsvrouw voorzitster penningmeester dokter verpleegkundige
    chirurg psychiater psycholoog specialist wetenschapper docent leraar lerares rector decaan
    student scholier moeder vader politieagent wijkagent brandweerman commandant militair soldaat
    piloot kapitein zanger zangeres acteur actrice regisseur kunstenaar schrijfster dichter
    verdachte beklaagde beschuldigde nabestaande topschutter verloskundige econome
    verslaggeefster bewoonster inwoner inwoonster agent
    organisator organisatrice initiatiefnemer initiatiefneemster curator coördinator coordinator
    ambtenaar ondervoorzitter scheidsrechter arbiter ploegmaat teamgenoot ploeggenoot assistent
    dierenarts apotheker verpleger onderwijzer directielid ambassadrice consul staatshoofd
    kroonprins prinses prins historicus socioloog criminoloog bioloog ecoloog klimatoloog
    meteoroloog weerman weervrouw boswachter advocate rechercheur agente eigenares uitbaatster
    reiziger passagier chauffeur buschauffeur treinbegeleider conducteur machinist supporter
    bezoeker deelnemer vrijwilliger leerling studente patiënt patiente omwonende huurder
    verhuurder landbouwer akkerbouwer tuinder kweker imker slager bakker kapper klant
    melkveehouder pluimveehouder varkenshouder aandeelhouder omstander ooggetuige kenner insider bron
    mensen
    collega vriend vriendin echtgenote echtgenoot zoon dochter broer zus zuster opa oma partner
    fotograaf fotografe cameraman presentatrice historica psychologe sociologe
    conservator astronaut teler fruitteler criticus auteur muzikant activist actievoerder
    demonstrant mantelzorger pleegouder astronoom zaakvoerster medewerkster teambaas ruiter
    hockeyer onderhandelaar informateur afgevaardigde adviseur adviseuse voorlichter voorlichtster
    vertegenwoordiger hoofd eigenaresse verzorger pastoor priester dominee predikant schipper
    """)
# Anonymous roles: with an affiliation ("analisten van ING") the speaker is the organisation.
ANONYMOUS_ROLES = _w("""
    woordvoerder woordvoerster zegsman zegsvrouw analisten economen experts deskundigen
    wetenschappers onderzoekers ingewijden bronnen betrokkenen woordvoerders
    cijfers gegevens onderzoek rapport peiling berekeningen schatting schattingen raming ramingen
    prognose prognoses analyse enquête
    """)
# Verbs of events the author reports: a sentence with one is checkable ("Het ministerie weigerde …").
EVENT_VERBS = _w("""
    sloot sloten opende openden tekende tekenden stemde stemden won wonnen verloor verloren stierf
    stierven overleed overleden arresteerde arresteerden weigerde weigerden kocht kochten verkocht
    verkochten ontsloeg ontsloegen trad traden benoemde benoemden besloot besloten kondigde
    kondigden startte startten stopte stopten vertrok vertrokken kwam kwamen viel vielen ontving
    ontvingen betaalde betaalden verhoogde verhoogden verlaagde verlaagden schrapte schrapten
    """)
# Predicates of pure reaction: "De oppositie reageerde fel." carries no checkable content.
REACTION_WORDS = _w("""
    reageerde reageerden reageert reageren bestreed bestreden bestrijdt tevreden ontevreden kritisch
    opgelucht verbaasd boos teleurgesteld blij verheugd vindt vond vonden
    """)
# Number words that make a sentence checkable without a digit.
NUMBER_WORDS = _w("""
    twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig honderd
    honderden duizend duizenden miljoen miljard helft derde kwart dubbel verdubbeld procent
    """)
ROLE_SUFFIXES = (
    "minister",
    "fotograaf",
    "secretaris",
    "voorman",
    "voorvrouw",
    "kamerlid",
    "officier",
    "directrice",
    "woordvoerder",
    "voorzitter",
    "leider",
    "directeur",
    "president",
    "chef",
    "wethouder",
    "raadslid",
    "meester",
    "advocaat",
    "arts",
    "woordvoerster",
    "bewoner",
    "bewoonster",
    "medewerker",
    "deskundige",
    "ondernemer",
    "trainer",
    "coach",
    "rechter",
    "commissaris",
    "specialist",
    "wetenschapper",
    "onderzoeker",
    "coördinator",
    "manager",
    # "brandweerkapitein", "gynaecoloog", "wijkagent", "cultuurschepen", "verpleegkundige"
    "kapitein",
    "loog",
    "agent",
    "schepen",
    "kundige",
    # "hoofdinspecteur", "onderwijsinspecteur", "hoofdeconoom", "hoofdaanklager"
    "inspecteur",
    "econoom",
    "aanklager",
)
# Anonymous roles: the speaker is the organisation they speak for.
SPOKESPERSON_ROLES = frozenset({"woordvoerder", "woordvoerster", "zegsman", "zegsvrouw"})
ORG_HEADS = _w("""
    ministerie regering kabinet gemeente politie overheid bedrijf organisatie bank rechtbank om parket
    partij vakbond universiteit ziekenhuis hospitaal leger brandweer provincie commissie raad inspectie
    instituut agentschap autoriteit club ploeg bond federatie fabrikant concern stichting omroep
    krant ambassade hof waterschap toezichthouder bv nv vervoerder netbeheerder justitie defensie
    keten supermarktketen winkelketen school hogeschool media
    """)
# After these, capitalised words are an organisation, never a place before a name.
AFFILIATION_LINKS = frozenset({"bij"})
# Compounds ending in these are organisation words too ("energiebedrijf", "chipmaker").
ORG_SUFFIXES = (
    "bedrijf",
    "maatschappij",
    "concern",
    "keten",
    "fabrikant",
    "verzekeraar",
    "vervoerder",
    "bank",
    "regio",
    "dienst",
    "instituut",
    "fonds",
    "bond",
    "organisatie",
    "vereniging",
    "federatie",
    "stichting",
    "omroep",
    "commissie",
    "bureau",  # "zorgdatabureau Vektis", "onderzoeksbureau Ipsos"
    "aanbieder",  # "telecomaanbieder Vodafone", "energieaanbieder Eneco"
    "provider",  # "netwerkprovider Vodafone"
    "leverancier",  # "energieleverancier Essent"
    "blad",  # "vakblad Cobouw", "zakenblad Quote"
)
# suffixes that make an organisation word only inside a compound ("uitkeringsinstantie UWV",
# "oppositiepartij Groen", "gezondheidsagentschap AViQ", "sectorkoepel"): alone, "de instantie"
# points back at a body already named
ORG_COMPOUND_SUFFIXES = ("instantie", "partij", "agentschap", "koepel")
# participles that qualify a role: "de scheidend burgemeester", "waarnemend burgemeester"
ROLE_PARTICIPLES = _w("waarnemend waarnemende scheidend scheidende aftredend aftredende zittend zittende")
# the word that links a role to whose it is: "van"
OF_WORD = "van"
ROLE_LINKS = frozenset({"van", "voor", "bij"})
# Lower-case words inside the name of an organisation ("Staatstoezicht op de Mijnen").
# "Leger des Heils", "Raad der Kerken": the old genitive article inside a name too
NAME_LINKS = frozenset({"van", "voor", "op", "en", "&", "des", "der"})
# Capitalised words that complete a role ("minister van Buitenlandse Zaken") rather than start a name.
PORTFOLIOS = _w("""
    stikstof volkshuisvesting toeslagen herstel armoedebeleid participatie preventie primair voortgezet
    rechtsbescherming mijnbouw fiscaliteit langdurige
    buitenlandse binnenlandse zaken defensie financiën financien justitie veiligheid volksgezondheid
    welzijn sport onderwijs cultuur wetenschap economische klimaat landbouw natuur voedselkwaliteit
    infrastructuur waterstaat sociale werkgelegenheid asiel migratie handel ontwikkelingssamenwerking
    koninkrijksrelaties medische zorg milieu verkeer energie economie en omgeving wonen mobiliteit
    openbare werken media jeugd armoedebestrijding gelijke kansen toerisme digitalisering
    pensioenen begroting inburgering integratie dierenwelzijn binnenlands bestuur werk gezondheid
    ruimtelijke ordening erfgoed innovatie onroerend emancipatie jeugdzorg
    """)
NAME_PARTICLES = _w("van de der den ten ter te von da di del la le el al bin ibn")
STOPWORDS = _w(
    "de het een en van in is dat op te zijn met voor niet die aan er maar om ook als bij nog wel naar "
    "dan wordt door heeft hebben ze hij zij was werd zou kan geen meer over uit"
)
# Checkworthiness cues.
OPINION_WORDS = _w(
    "vind vindt vond denk denkt dacht geloof gelooft hoop hoopt mooi prachtig slecht goed jammer "
    "helaas verstandig gewoon eigenlijk misschien waarschijnlijk"
)
FUTURE_WORDS = _w("zal zullen gaat gaan beloof belooft beloofde willen wil")
COMPARATIVE_WORDS = _w(
    "meer minder dan hoger lager grootste kleinste hoogste laagste record verdubbeld gestegen gedaald "
    "stijging daling procent miljoen miljard"
)
# with the abbreviations written before a day ("op 25 nov.", "Okt. 2019"); "Jan" is left out: a first name too
MONTHS = _w(
    "januari februari maart april mei juni juli augustus september oktober november december "
    "feb mrt apr jun jul aug sep sept okt nov dec"
)
DAYS = _w("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren vandaag")
# Reported clauses that trail off into circumstance rather than content.
CLAUSE_TAILS = (("zonder",), ("waarna",), ("nadat",))
# Speech verbs that are also nouns ("the states", "het bericht"): cues only where used as verbs.
AMBIGUOUS_CUES = _w("bericht berichten verwacht schat")
# Verbs whose reported content may be an infinitive ("vowed to repeal …").
PROMISE_VERBS = _w("beloof belooft beloofde beloofden beloven dreigt dreigde dreigden")
# A cue verb followed by one of these words is no cue: "vond plaats" (took place).
NOT_CUE_BEFORE = {
    **{f: frozenset({"plaats"}) for f in _w("vindt vinden vond vonden")},
    **{f: frozenset({"voor"}) for f in _w("pleit pleiten pleitte pleitten gepleit")},  # "pleit voor": a plea
}
# "naar eigen zeggen" is an attribution of its own (OWN_ACCOUNT), not the verb "zeggen".
NOT_CUE_AFTER = {
    "zeggen": frozenset({"eigen"}),
    # "de bekende kok", "een erkende instelling": an adjective after its article, not "bekende dat"
    **{f: _w("de het een") for f in _w("bekende erkende")},
}
# "It was a long evening": an expletive and a copula open a sentence that only sets a scene.
EXPLETIVES = _w("het er dit dat")
COPULAS = _w("is was waren zijn wordt werd")
# After a comma, these start the author's comment on a reported clause, not more of it.
TAIL_WORDS = _w("waarna waarmee verwijzend doelend")
# "the statement said": a document that speaks for whoever is in focus.
ARTIFACTS = _w(
    "verklaring persbericht brief mail tweet bericht rapport vonnis uitspraak mededeling notitie nota studie"
)
# Documents an organisation publishes rather than a person: "het rapport" is the institute's.
REPORTS = _w("rapport mededeling studie")
# "had het over de zwakste regeerverklaring in jaren": talking about something, a claim with its verb.
TALK_ABOUT = _w("heeft had hebben hadden")
# Verbs that report a claim only with a clause after them: "Hij wil dat Nederland …".
CLAUSE_CUES = _w(
    "hoopt hoopte hopen hoopten dreigt dreigen dreigde dreigden"
    " vreest vrezen vreesde vreesden beseft beseffen besefte weet ziet besluit besloot besloten"
    # a state of mind with a clause: "Knot is niet bang dat …", "is ervan overtuigd dat …"
    " bang blij overtuigd bezorgd teleurgesteld tevreden trots optimistisch ongerust merkt merkte"
    # "is van mening dat …", "is er zeker van dat …"
    " mening oordeel zeker snapt snappen snapte begrijpt begrijpen begreep"
    # "Hij is boos dat …", "zag ook al dat …", "kon niet uitsluiten dat …"
    " boos zien zag zagen uitsluiten"
    # mined from the gold's missed cues, each kept only with its clause: "berekende dat …"
    " berekende berekent wist verdedigde adviseerde adviseert besliste vergeleek beschreef"
)
# "It said on Monday that …": the organisation in focus.
NEUTER_PRONOUNS = _w("")
# Cues whose object is the claim without a verb of its own ("vindt het ontslag onterecht").
OBJECT_CUES = frozenset(
    _w("vind vindt vinden vond vonden noem noemt noemen noemde noemden betreurt betreuren betreurde")
    | _w("verwacht verwachten verwachtte verwachtten")
    | _w("hekelt hekelde hekelden bekritiseert bekritiseerde bekritiseerden bepleit bepleitte signaleert")
    | {f"{v} {p}" for v in _w("spreekt spreken sprak spraken wijst wijzen wees wezen") for p in ("van", "op")}
)
# Nationaliteiten als beschrijving van een persoon: "de Portugees", "de 32-jarige Japanse".
# Countries: a state that speaks is an organisation ("Rusland zegt …"), never "hij" or "zij".
COUNTRIES = _w("""
    afghanistan albanië algerije argentinië armenië australië oostenrijk azerbeidzjan bahrein
    bangladesh belarus wit-rusland belgië bolivia bosnië brazilië bulgarije cambodja kameroen
    canada chili china colombia kroatië cuba cyprus tsjechië denemarken ecuador egypte engeland
    eritrea estland ethiopië finland frankrijk georgië duitsland ghana griekenland hongarije
    ijsland india indonesië iran irak ierland israël italië jamaica japan jordanië kazachstan
    kenia kosovo koeweit letland libanon libië litouwen luxemburg maleisië mali malta mexico
    moldavië mongolië montenegro marokko myanmar nepal nederland nigeria noorwegen oman pakistan
    palestina panama peru filipijnen polen portugal qatar roemenië rusland rwanda schotland senegal
    servië singapore slowakije slovenië somalië spanje soedan zweden zwitserland syrië taiwan
    tanzania thailand tunesië turkije oeganda oekraïne uruguay oezbekistan venezuela vietnam wales
    jemen zambia zimbabwe korea noord-korea zuid-korea saudi-arabië zuid-afrika nieuw-zeeland
    ivoorkust zuid-soedan
    """) | frozenset(
    [
        "verenigde staten",
        "verenigd koninkrijk",
        "verenigde arabische emiraten",
        "sri lanka",
        "costa rica",
    ]
)
DEMONYMS = _w("""
    amerikaan amerikaanse nederlander nederlandse belg belgische fransman française franse duitser duitse
    spanjaard spaanse italiaan italiaanse brit britse engelsman engelse ier ierse schot schotse
    australiër australische canadees canadese portugees portugese zwitser zwitserse oostenrijker
    oostenrijkse zweed zweedse noor noorse deen deense fin finse griek griekse turk turkse rus
    russische oekraïner oekraïense pool poolse tsjech tsjechische slowaak slowaakse hongaar
    hongaarse roemeen roemeense bulgaar bulgaarse serviër servische kroaat kroatische sloveen
    sloveense bosniër albanees albanese israëliër israëlische iraniër iraanse irakees egyptenaar
    marokkaan marokkaanse algerijn tunesiër nigeriaan ghanees keniaan ethiopiër kameroener
    senegalees ivoriaan chinees chinese japanner japanse koreaan koreaanse indiër indiase
    pakistaan afghaan indonesiër thai vietnamees braziliaan braziliaanse argentijn argentijnse
    mexicaan mexicaanse colombiaan colombiaanse chileen uruguayaan peruaan venezolaan ecuadoraan
    cubaan surinamer surinaamse antilliaan nieuw-zeelander
    """)
# Role words that name the same role: "zijn raadsman" is "de advocaat" named before.
# Roles a person has for another person: "de advocaat van Piet Janssen" is nobody else.
PERSONAL_ROLES = _w("""
    advocaat advocate raadsman raadsvrouw strafpleiter vader moeder zoon dochter broer zus vrouw
    man echtgenoot echtgenote partner vriend vriendin weduwe weduwnaar
    """)
ROLE_SYNONYMS = {
    "raadsman": "advocaat",
    "raadsvrouw": "advocaat",
    "strafpleiter": "advocaat",
    "pleiter": "advocaat",
    "advocate": "advocaat",
    "oefenmeester": "trainer",
    "coach": "trainer",
    "t1": "trainer",
    "topman": "directeur",
    "topvrouw": "directeur",
    "ceo": "directeur",
    "burgervader": "burgemeester",
    "bewindsman": "minister",
    "bewindsvrouw": "minister",
    "aanklager": "officier",
}
# Demonstratives standing for a person as the subject of a cue ("Die benadrukt dat …", "…, reageert die.").
DEMONSTRATIVES = frozenset({"die", "deze"})
# Roles of institutions: "de rechter" with nobody introduced as such is a speaker of its own,
# where "de topvrouw" or "the coach" is the person the article is about.
INSTITUTIONAL_ROLES = _w("""
    rechter rechters officier aanklager politie rechtbank hof jury onderzoeksrechter procureur parket
    brandweer om
    """)
# "naar eigen zeggen": the sentence is its subject's own account.
OWN_ACCOUNT = ("naar", "eigen", "zeggen")
# "zijn advocaat" / "her lawyer" named after the person it belongs to.
ROLE_OF = "{role} van {owner}"
# A reportative verb carries reported speech on into the next sentence ("… zou in het gedrang komen").
REPORTATIVE = _w("zou zouden")
# Newspapers and magazines that speak ("schrijft De Morgen", "volgens De Telegraaf") and that
# "de krant" points back at; keys with their article, as written before the name.
MEDIA = {
    "de morgen": "De Morgen",
    "de standaard": "De Standaard",
    "het nieuwsblad": "Het Nieuwsblad",
    "het laatste nieuws": "Het Laatste Nieuws",
    "de tijd": "De Tijd",
    "het belang van limburg": "Het Belang van Limburg",
    "gazet van antwerpen": "Gazet van Antwerpen",
    "de telegraaf": "De Telegraaf",
    "de volkskrant": "de Volkskrant",
    "het parool": "Het Parool",
    "het financieele dagblad": "Het Financieele Dagblad",
    "het algemeen dagblad": "AD",
    "trouw": "Trouw",
    "nrc": "NRC",
    "knack": "Knack",
    "humo": "Humo",
    # broadcasters and sites: "zei de coach bij de NOS" is the broadcaster listening
    "nos": "NOS",
    "de nos": "NOS",
    "rtl nieuws": "RTL Nieuws",
    "vrt": "VRT",
    "de vrt": "VRT",
    "vrt nws": "VRT NWS",
    "sporza": "Sporza",
    "vtm nieuws": "VTM Nieuws",
    "bnr": "BNR",
    "nieuwsuur": "Nieuwsuur",
    "eenvandaag": "EenVandaag",
    "radio 1": "Radio 1",
    "het ad": "AD",
    "hln": "HLN",
    "voetbal international": "Voetbal International",
    "de limburger": "De Limburger",
    "de gelderlander": "De Gelderlander",
    "tubantia": "Tubantia",
    # regional broadcasters, agencies and papers
    "rtv utrecht": "RTV Utrecht",
    "rtv noord": "RTV Noord",
    "rtv drenthe": "RTV Drenthe",
    "rtv oost": "RTV Oost",
    "rtv rijnmond": "RTV Rijnmond",
    "rijnmond": "Rijnmond",
    "omroep brabant": "Omroep Brabant",
    "omroep zeeland": "Omroep Zeeland",
    "omroep gelderland": "Omroep Gelderland",
    "omroep west": "Omroep West",
    "omroep flevoland": "Omroep Flevoland",
    "omrop fryslân": "Omrop Fryslân",
    "nh nieuws": "NH Nieuws",
    "l1": "L1",
    "at5": "AT5",
    "wnl": "WNL",
    "anp": "ANP",
    "belga": "Belga",
    "nu.nl": "NU.nl",
    "dagblad van het noorden": "Dagblad van het Noorden",
    "dvhn": "DvhN",
    "leeuwarder courant": "Leeuwarder Courant",
    "pzc": "PZC",
    "bn destem": "BN DeStem",
    "eindhovens dagblad": "Eindhovens Dagblad",
    "brabants dagblad": "Brabants Dagblad",
    "noordhollands dagblad": "Noordhollands Dagblad",
    "haarlems dagblad": "Haarlems Dagblad",
    "leidsch dagblad": "Leidsch Dagblad",
    "de stentor": "De Stentor",
    "vtm": "VTM",
    "radio 2": "Radio 2",
    "studio brussel": "Studio Brussel",
    "atv": "ATV",
    "tv limburg": "TV Limburg",
    "bruzz": "Bruzz",
    "de zondag": "De Zondag",
    "metro": "Metro",
    "hart van nederland": "Hart van Nederland",
    "omroep max": "Omroep Max",
    "tvl": "TVL",
    "tv oost": "TV Oost",
    "focus-wtv": "Focus-WTV",
    "elsevier": "Elsevier",
    "ew": "EW",
    "nieuwe revu": "Nieuwe Revu",
    "panorama": "Panorama",
    "quote": "Quote",
    "sportwereld": "Sportwereld",
    "fd": "FD",
    "reformatorisch dagblad": "Reformatorisch Dagblad",
    "nederlands dagblad": "Nederlands Dagblad",
    "friesch dagblad": "Friesch Dagblad",
    "de gooi- en eemlander": "De Gooi- en Eemlander",
    "ijmuider courant": "IJmuider Courant",
    "gva": "GVA",
}
MEDIA_WORDS = ("krant", "dagblad", "weekblad", "blad")
# Descriptions that stand for one institution, under its full name.
INSTITUTIONS = {
    "justitie": "Openbaar Ministerie",
    "om": "Openbaar Ministerie",
    "het om": "Openbaar Ministerie",
    "openbaar ministerie": "Openbaar Ministerie",
    "parket": "parket",
    # the prosecution service's spokesperson speaks for it
    "persofficier": "Openbaar Ministerie",
    "persofficier van justitie": "Openbaar Ministerie",
    "nza": "Nederlandse Zorgautoriteit",
    "coa": "Centraal Orgaan opvang asielzoekers",
    "ns": "Nederlandse Spoorwegen",
    "nam": "Nederlandse Aardolie Maatschappij",
    "cpb": "Centraal Planbureau",
    "cbs": "Centraal Bureau voor de Statistiek",
    "rivm": "Rijksinstituut voor Volksgezondheid en Milieu",
    "knmi": "Koninklijk Nederlands Meteorologisch Instituut",
    "dnb": "De Nederlandsche Bank",
    "afm": "Autoriteit Financiële Markten",
    "acm": "Autoriteit Consument & Markt",
    "nvwa": "Nederlandse Voedsel- en Warenautoriteit",
    "uwv": "Uitvoeringsinstituut Werknemersverzekeringen",
    "sodm": "Staatstoezicht op de Mijnen",
    "ind": "Immigratie- en Naturalisatiedienst",
}
# "volgens de wet", "volgens de planning": in keeping with, not a source.
NOT_SOURCES = _w("""
    wet wetten regels regel regelgeving planning schema protocol afspraak afspraken boekje traditie
    gewoonte voorschriften richtlijnen verwachting verwachtingen plan dienstregeling reglement procedure
    cao contract norm normen
    """)
# Verbs that name something only with "als" after their object: "ziet de beving als een wake-upcall".
NAMING_AS = _w("ziet zag zagen zien beschouwt beschouwde beschouwden beschouwen kwalificeert kwalificeerde")
# Verbs of seeing that report only after the clause they close: "Nederland kreeg kansen genoeg, zag
# Haarhuis."
TRAILING_CUES = _w("zag zagen ziet zien merkte merkt")
